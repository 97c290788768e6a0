import { flag } from "../../cli/flags.ts";
import { defineCommand } from "../../cli/command.ts";
import { listResult } from "../../kit/attrs.ts";
import { findService, identityFindIn } from "../../kit/identity.ts";
import { findItem, listAll } from "../../kit/resource.ts";
import { endpoint, INTERFACES, serviceIn, withService } from "../../resources/identity/endpoint.ts";
import { project } from "../../resources/identity/project.ts";
import { service } from "../../resources/identity/service.ts";

const EXCLUSIVE = "endpoint-or-project";

export default defineCommand({
  summary: "List catalog endpoints, or the projects of one",
  output: "list",
  flags: {
    service: flag.string({ metavar: "<service>", help: "Only this service's (type, name or ID)" }),
    interface: flag.string({
      metavar: "<interface>",
      choices: INTERFACES,
      help: "Only this interface: admin, public or internal",
    }),
    region: flag.string({ metavar: "<region-id>", help: "Only this region's (ID)" }),
    endpoint: flag.string({
      metavar: "<endpoint-group>",
      group: EXCLUSIVE,
      help: "List the projects this endpoint is given to (endpoint ID)",
    }),
    project: flag.string({
      metavar: "<project>",
      group: EXCLUSIVE,
      help: "Only the endpoints given to this project (name or ID)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("identity");
    const ep = f.endpoint ? await findItem(svc, endpoint, f.endpoint) : undefined;
    const proj = f.project
      ? await identityFindIn(svc, project, f.project, f.projectDomain)
      : undefined;
    if (ep) {
      const path = `/OS-EP-FILTER/endpoints/${encodeURIComponent(ep.id)}/projects`;
      const projects = await listAll(svc, { ...project, path });
      return listResult(project.attrs, projects, [["ID", "id"], ["Name", "name"]]);
    }
    const serviceId = f.service ? (await findService(svc, f.service)).id : undefined;
    // with --project, python finds the service but filters on nothing
    const eps = proj
      ? await listAll(svc, {
        ...endpoint,
        path: `/OS-EP-FILTER/projects/${encodeURIComponent(proj.id)}/endpoints`,
      })
      : await listAll(svc, endpoint, {
        service_id: serviceId,
        interface: f.interface,
        region_id: f.region,
      });
    const services = await listAll(svc, service);
    const rows = eps.map((e) => withService(e, serviceIn(services, e.service_id as string)));
    return listResult(endpoint.attrs, rows, [
      ["ID", "id"],
      ["Region", "region"],
      ["Service Name", "service_name"],
      ["Service Type", "service_type"],
      ["Enabled", "enabled"],
      ["Interface", "interface"],
      ["URL", "url"],
    ]);
  },
});
