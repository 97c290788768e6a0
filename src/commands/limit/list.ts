import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { findService, limitRegionId } from "../../kit/identity.ts";
import { findItem } from "../../kit/resource.ts";
import { limit } from "../../resources/identity/limit.ts";
import { project } from "../../resources/identity/project.ts";
import { region } from "../../resources/identity/region.ts";

export default listCommand(limit, {
  summary: "List project limits",
  flags: {
    service: flag.string({ metavar: "<service>", help: "Only this service's (type, name or ID)" }),
    resourceName: flag.string({ metavar: "<resource-name>", help: "Only this resource's" }),
    region: flag.string({ metavar: "<region>", help: "Only this region's (ID)" }),
    project: flag.string({ metavar: "<project>", help: "Only this project's (name or ID)" }),
  },
  columns: [
    ["ID", "id"],
    ["Project ID", "project_id"],
    ["Service ID", "service_id"],
    ["Resource Name", "resource_name"],
    ["Resource Limit", "resource_limit"],
    ["Description", "description"],
    ["Region ID", "region_id"],
  ],
  wording: "plain",
  query: async (f, ctx) => {
    const svc = await ctx.service("identity");
    const serviceId = f.service ? (await findService(svc, f.service)).id : undefined;
    // python looks the region up twice: osc_lib's find_resource, then one GET
    const found = f.region ? (await findItem(svc, region, f.region)).id : undefined;
    const regionId = f.region?.includes("None") ? found : await limitRegionId(svc, f.region);
    const projectId = f.project ? (await findItem(svc, project, f.project)).id : undefined;
    return {
      service_id: serviceId,
      region_id: regionId,
      resource_name: f.resourceName || undefined,
      project_id: projectId,
    };
  },
});
