import { flag } from "../../../cli/flags.ts";
import { defineCommand } from "../../../cli/command.ts";
import { listResult } from "../../../kit/attrs.ts";
import { identityFindIn } from "../../../kit/identity.ts";
import { findItem, listAll } from "../../../kit/resource.ts";
import { endpointGroup } from "../../../resources/identity/endpoint_group.ts";
import { project } from "../../../resources/identity/project.ts";

const EXCLUSIVE = "group-or-project";
const COLUMNS = [["ID", "id"], ["Name", "name"], ["Description", "description"]] as const;

export default defineCommand({
  summary: "List endpoint groups, or the projects of one",
  output: "list",
  flags: {
    endpointgroup: flag.string({
      metavar: "<endpoint-group>",
      group: EXCLUSIVE,
      help: "List the projects this group is given to (name or ID)",
    }),
    project: flag.string({
      metavar: "<project>",
      group: EXCLUSIVE,
      help: "Only the groups given to this project (name or ID)",
    }),
    domain: flag.string({ metavar: "<domain>", help: "Domain of the project (name or ID)" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("identity");
    const group = f.endpointgroup ? await findItem(svc, endpointGroup, f.endpointgroup) : undefined;
    const proj = f.project ? await identityFindIn(svc, project, f.project, f.domain) : undefined;
    if (group) {
      const path = `${endpointGroup.path}/${encodeURIComponent(group.id)}/projects`;
      return listResult(project.attrs, await listAll(svc, { ...project, path }), COLUMNS);
    }
    const path = proj
      ? `/OS-EP-FILTER/projects/${encodeURIComponent(proj.id)}/endpoint_groups`
      : endpointGroup.path;
    return listResult(endpointGroup.attrs, await listAll(svc, { ...endpointGroup, path }), COLUMNS);
  },
});
