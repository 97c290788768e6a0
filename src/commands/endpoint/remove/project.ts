import { defineCommand } from "../../../cli/command.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { identityFindIn } from "../../../kit/identity.ts";
import { findItem } from "../../../kit/resource.ts";
import { endpoint, endpointProject } from "../../../resources/identity/endpoint.ts";
import { project } from "../../../resources/identity/project.ts";

export default defineCommand({
  summary: "Take an endpoint from a project",
  flags: { projectDomain: projectFlags().projectDomain },
  positionals: [
    { name: "endpoint", metavar: "<endpoint>", help: "Endpoint (ID)" },
    { name: "project", metavar: "<project>", help: "Project (name or ID)" },
  ],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("identity");
    const ep = await findItem(svc, endpoint, positionals.endpoint as string);
    const proj = await identityFindIn(svc, project, positionals.project as string, f.projectDomain);
    await endpointProject(svc, "DELETE", proj.id, ep.id);
  },
});
