import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { ksaCall, updateHost } from "../../api/compute/hosts.ts";

export default defineCommand({
  summary: "Enable or disable a host, or its maintenance mode",
  flags: {
    enable: flag.boolean({ group: "status", help: "Enable the host" }),
    disable: flag.boolean({ group: "status", help: "Disable the host" }),
    enableMaintenance: flag.boolean({ group: "maintenance", help: "Put the host in maintenance" }),
    disableMaintenance: flag.boolean({
      group: "maintenance",
      help: "Take the host out of maintenance",
    }),
  },
  positionals: [{ name: "host", metavar: "<host>", help: "Host name" }],
  async run({ flags: f, positionals }, ctx) {
    const body: Record<string, string> = {};
    if (f.enable) body.status = "enable";
    if (f.disable) body.status = "disable";
    if (f.enableMaintenance) body.maintenance_mode = "enable";
    if (f.disableMaintenance) body.maintenance_mode = "disable";
    // python sends nothing when nothing is asked
    if (!Object.keys(body).length) return;
    const compute = await ctx.service("compute");
    await ksaCall(updateHost(compute, positionals.host as string, body));
  },
});
