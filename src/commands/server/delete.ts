import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { CliError } from "../../cli/errors.ts";
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
    force: flag.boolean({ help: "Force delete server(s)" }),
    allProjects: flag.boolean({
      help:
        "Delete server(s) in another project by name (admin only)(can be specified using the ALL_PROJECTS envvar)",
    }),
    wait: flag.boolean({ help: "Wait for delete to complete" }),
  },
  positionals: [{
    name: "server",
    metavar: "<server>",
    help: "Server(s) to delete (name or ID)",
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
        throw new CliError(`Error deleting server: ${server.id}`);
      }
    }
  },
});
