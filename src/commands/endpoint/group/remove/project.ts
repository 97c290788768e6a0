import { defineCommand } from "../../../../cli/command.ts";
import { projectFlags } from "../../../../kit/flags.ts";
import { identityFindIn } from "../../../../kit/identity.ts";
import { findItem } from "../../../../kit/resource.ts";
import {
  endpointGroup,
  endpointGroupProject,
} from "../../../../resources/identity/endpoint_group.ts";
import { project } from "../../../../resources/identity/project.ts";

export default defineCommand({
  summary: "Take an endpoint group from a project",
  flags: { projectDomain: projectFlags().projectDomain },
  positionals: [
    { name: "group", metavar: "<endpoint-group>", help: "Endpoint group (name or ID)" },
    { name: "project", metavar: "<project>", help: "Project (name or ID)" },
  ],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("identity");
    const group = await findItem(svc, endpointGroup, positionals.group as string);
    const proj = await identityFindIn(svc, project, positionals.project as string, f.projectDomain);
    await endpointGroupProject(svc, "DELETE", group.id, proj.id);
  },
});
