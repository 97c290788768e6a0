import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags, tagFilterFlags } from "../../kit/flags.ts";
import { projectId, tagFilterQuery } from "../../kit/shared.ts";
import { securityGroup } from "../../resources/network/security_group.ts";

export default listCommand(securityGroup, {
  summary: "List security groups",
  flags: {
    // kept by python for old scripts: Neutron shows an admin every project anyway
    allProjects: flag.boolean({ hidden: true, help: "Accepted and ignored" }),
    ...projectFlags("Only groups of this project (name or ID)"),
    ...tagFilterFlags("groups"),
  },
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["Description", "description"],
    ["Project", "project_id"],
    ["Tags", "tags"],
  ],
  async query(f, ctx) {
    return {
      project_id: await projectId(ctx, f.project, f.projectDomain),
      ...tagFilterQuery(f),
      fields: ["id", "name", "description", "project_id", "tags"],
    };
  },
});
