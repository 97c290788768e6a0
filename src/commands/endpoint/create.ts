import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { findService } from "../../kit/identity.ts";
import { endpoint, INTERFACES, withService } from "../../resources/identity/endpoint.ts";
import { createItem, getItem } from "../../kit/resource.ts";
import { service } from "../../resources/identity/service.ts";

export default createCommand(endpoint, {
  summary: "Create a catalog endpoint",
  positionals: [
    { name: "service", metavar: "<service>", help: "Service of the endpoint (type, name or ID)" },
    {
      name: "interface",
      metavar: "<interface>",
      help: "Interface: admin, public or internal",
      choices: INTERFACES,
    },
    { name: "url", metavar: "<url>", help: "URL" },
  ],
  flags: {
    region: flag.string({ metavar: "<region-id>", help: "Region (ID)" }),
    enable: flag.boolean({ group: "enable", help: "Enable the endpoint (the default)" }),
    disable: flag.boolean({ group: "enable", help: "Disable the endpoint" }),
  },
  wording: "plain",
  body: async ({ flags: f, positionals, svc }) => ({
    service_id: (await findService(svc, positionals.service as string)).id,
    interface: positionals.interface,
    url: positionals.url,
    region: f.region,
    // argparse: --enable and --disable write one destination, the last one wins
    enabled: !f.disable,
  }),
  // the service found above, again by its ID
  create: async ({ svc }, attrs) =>
    withService(
      await createItem(svc, endpoint, attrs),
      await getItem(svc, service, attrs.service_id as string),
    ),
});
