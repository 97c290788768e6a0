import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { findService, limitRegionId } from "../../kit/identity.ts";
import { registeredLimit } from "../../resources/identity/limit.ts";

export default listCommand(registeredLimit, {
  summary: "List registered limits",
  flags: {
    service: flag.string({ metavar: "<service>", help: "Only this service's (type, name or ID)" }),
    resourceName: flag.string({ metavar: "<resource-name>", help: "Only this resource's" }),
    region: flag.string({ metavar: "<region>", help: "Only this region's (ID)" }),
  },
  columns: [
    ["ID", "id"],
    ["Service ID", "service_id"],
    ["Resource Name", "resource_name"],
    ["Default Limit", "default_limit"],
    ["Description", "description"],
    ["Region ID", "region_id"],
  ],
  wording: "plain",
  query: async (f, ctx) => {
    const svc = await ctx.service("identity");
    return {
      service_id: f.service ? (await findService(svc, f.service)).id : undefined,
      resource_name: f.resourceName || undefined,
      region_id: await limitRegionId(svc, f.region),
    };
  },
});
