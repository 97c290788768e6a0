import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { volumeServiceAction } from "../../../api/volume/services.ts";

export default defineCommand({
  summary: "Freeze or thaw a block storage host",
  flags: {
    disable: flag.boolean({ group: "enabled", help: "Freeze the host and disable it" }),
    enable: flag.boolean({ group: "enabled", help: "Thaw the host and enable it" }),
  },
  positionals: [{ name: "host", metavar: "<host-name>", help: "Volume host" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    if (f.enable) await volumeServiceAction(svc, "thaw", { host: positionals.host });
    if (f.disable) await volumeServiceAction(svc, "freeze", { host: positionals.host });
  },
});
