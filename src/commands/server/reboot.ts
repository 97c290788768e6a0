import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { findServer, getServer, serverAction } from "../../api/compute/servers.ts";
import { waitForActive } from "./_wait.ts";

export default defineCommand({
  summary: "Reboot a server (soft by default, or hard)",
  flags: {
    hard: flag.boolean({ group: "type", help: "Hard reboot (power cycle)" }),
    soft: flag.boolean({ group: "type", help: "Soft reboot (the guest shuts down; default)" }),
    wait: flag.boolean({ help: "Wait until the server is active again" }),
  },
  positionals: [{ name: "server", metavar: "<server>", help: "Server (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const compute = await ctx.service("compute");
    const server = await findServer(compute, positionals.server as string);
    await serverAction(compute, server.id, "reboot", { type: f.hard ? "HARD" : "SOFT" });
    if (!f.wait) return;
    if (await waitForActive(ctx, () => getServer(compute, server.id))) {
      await ctx.stdout.write("Complete\n");
      return;
    }
    await ctx.stdout.write("Error rebooting server\n");
    throw new OscError(`Error rebooting server: ${server.id}`);
  },
});
