import { flag } from "../../cli/flags.ts";
import { deleteCommand } from "../../kit/commands.ts";
import { domainIdOf } from "../../kit/identity.ts";
import { project } from "../../resources/identity/project.ts";

export default deleteCommand(project, {
  summary: "Delete projects",
  positional: { name: "projects", metavar: "<project>", help: "Projects (names or IDs)" },
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the projects (name or ID)" }),
  },
  noun: "project",
  wording: "plain",
  query: async (f, ctx) => ({
    domain_id: await domainIdOf(await ctx.service("identity"), f.domain),
  }),
});
