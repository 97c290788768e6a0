import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import {
  deleteServer,
  findServer,
  forceDeleteServer,
  getServer,
} from "../../api/compute/servers.ts";
import { waitForDelete } from "./_wait.ts";

export default defineCommand({
  summary: "Delete server(s)",
  flags: {
    force: flag.boolean({ help: "Use the force-delete action, not a plain delete" }),
    allProjects: flag.boolean({
      help: "Find servers by name in every project (admin only; Env: ALL_PROJECTS)",
    }),
    wait: flag.boolean({ help: "Wait until the servers are gone" }),
  },
  positionals: [{
    name: "server",
    metavar: "<server>",
    help: "Servers to delete (name or ID)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const allProjects = f.allProjects || /^(1|true|yes|on)$/i.test(ctx.env.ALL_PROJECTS ?? "");
    // python stops at the first server it cannot find or delete
    for (const wanted of positionals.server as string[]) {
      const server = await findServer(compute, wanted, allProjects);
      if (f.force) await forceDeleteServer(compute, server.id);
      else await deleteServer(compute, server.id);
      if (f.wait && !await waitForDelete(ctx, () => getServer(compute, server.id))) {
        await ctx.stdout.write("Error deleting server\n");
        throw new OscError(`Error deleting server: ${server.id}`);
      }
    }
  },
});
