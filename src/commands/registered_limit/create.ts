import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { limitRegionId } from "../../kit/identity.ts";
import { findItem } from "../../kit/resource.ts";
import { createOne, registeredLimit } from "../../resources/identity/limit.ts";
import { service } from "../../resources/identity/service.ts";

export default createCommand(registeredLimit, {
  summary: "Create a registered (default) limit",
  positionals: [
    {
      name: "resource",
      metavar: "<resource-name>",
      help: "Resource it limits",
      afterOptions: true,
    },
  ],
  flags: {
    description: flag.string({ metavar: "<description>", help: "Description" }),
    region: flag.string({ metavar: "<region>", help: "Region (ID)" }),
    service: flag.string({ metavar: "<service>", required: true, help: "Service (name or ID)" }),
    defaultLimit: flag.integer({
      metavar: "<default-limit>",
      required: true,
      help: "The limit every project gets",
    }),
  },
  wording: "plain",
  // python finds the service by name or ID only here (osc_lib's find_resource), not by type
  body: async ({ flags: f, positionals, svc }) => ({
    service_id: (await findItem(svc, service, f.service!)).id,
    resource_name: positionals.resource,
    default_limit: f.defaultLimit,
    description: f.description,
    region_id: await limitRegionId(svc, f.region),
  }),
  create: ({ svc }, attrs) => createOne(svc, registeredLimit, attrs),
});
