import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { findService } from "../../kit/identity.ts";
import { enabledAttr, enableFlags } from "../../kit/identity_flags.ts";
import { endpoint, INTERFACES } from "../../resources/identity/endpoint.ts";

export default updateCommand(endpoint, {
  summary: "Change a catalog endpoint",
  positional: { name: "endpoint", metavar: "<endpoint-id>", help: "Endpoint (ID)" },
  flags: {
    region: flag.string({ metavar: "<region-id>", help: "New region (ID)" }),
    interface: flag.string({
      metavar: "<interface>",
      choices: INTERFACES,
      help: "New interface: admin, public or internal",
    }),
    url: flag.string({ metavar: "<url>", help: "New URL" }),
    service: flag.string({ metavar: "<service>", help: "New service (type, name or ID)" }),
    ...enableFlags("endpoint"),
  },
  wording: "plain",
  // python sends the PATCH even when nothing changes
  body: async ({ flags: f, svc }) => ({
    ...(f.service ? { service_id: (await findService(svc, f.service)).id } : {}),
    ...(f.interface ? { interface: f.interface } : {}),
    ...(f.url ? { url: f.url } : {}),
    ...(f.region ? { region: f.region } : {}),
    ...enabledAttr(f),
  }),
});
