import { defineCommand } from "../../../cli/command.ts";
import { OscError } from "../../../errors.ts";
import { findServer, serverAction } from "../../../api/compute/servers.ts";
import { supports } from "../../../kit/versions.ts";

export default defineCommand({
  summary: "Ask servers' guests for a crash dump (compute API 2.17+)",
  flags: {},
  positionals: [{
    name: "server",
    metavar: "<server>",
    help: "Servers (names or IDs)",
    arity: "many",
  }],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    // one by one, stopping at the first failure
    for (const nameOrId of p.server as string[]) {
      const server = await findServer(compute, nameOrId);
      if (!supports(compute, "2.17")) {
        // novaclient's refusal of a method below its microversion
        throw new OscError(
          `API version '${
            compute.microversion ?? "2.0"
          }' is not supported on 'novaclient.v2.servers.[class ServerManager(base.BootingManagerWithFind):].trigger_crash_dump' method.`,
        );
      }
      await serverAction(compute, server.id, "trigger_crash_dump");
    }
  },
});
