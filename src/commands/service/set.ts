import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { findService } from "../../kit/identity.ts";
import { enabledAttr, enableFlags } from "../../kit/identity_flags.ts";
import { service } from "../../resources/identity/service.ts";

export default updateCommand(service, {
  summary: "Change a catalog service",
  positional: { name: "service", metavar: "<service>", help: "Service (type, name or ID)" },
  flags: {
    type: flag.string({ metavar: "<type>", help: "New type" }),
    name: flag.string({ metavar: "<service-name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    ...enableFlags("service"),
  },
  wording: "plain",
  find: ({ svc }, x) => findService(svc, x),
  // python sends the PATCH even when nothing changes
  body: ({ flags: f }) => ({
    ...(f.type ? { type: f.type } : {}),
    ...(f.name ? { name: f.name } : {}),
    ...(f.description ? { description: f.description } : {}),
    ...enabledAttr(f),
  }),
});
