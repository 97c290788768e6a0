import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { findService, identityFind, limitRegionId } from "../../kit/identity.ts";
import { createOne, limit } from "../../resources/identity/limit.ts";
import { project } from "../../resources/identity/project.ts";

export default createCommand(limit, {
  summary: "Create a project's limit",
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
    project: flag.string({ metavar: "<project>", required: true, help: "Project (name or ID)" }),
    service: flag.string({
      metavar: "<service>",
      required: true,
      help: "Service (type, name or ID)",
    }),
    resourceLimit: flag.integer({
      metavar: "<resource-limit>",
      required: true,
      help: "The project's limit",
    }),
  },
  wording: "plain",
  body: async ({ flags: f, positionals, svc }) => ({
    project_id: (await identityFind(svc, project, f.project!)).id,
    service_id: (await findService(svc, f.service!)).id,
    resource_name: positionals.resource,
    resource_limit: f.resourceLimit,
    description: f.description,
    region_id: await limitRegionId(svc, f.region),
  }),
  create: ({ svc }, attrs) => createOne(svc, limit, attrs),
});
