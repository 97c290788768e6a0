import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { volumeServiceAction } from "../../../api/volume/services.ts";

export default defineCommand({
  summary: "Enable or disable a block storage service",
  flags: {
    enable: flag.boolean({ group: "enabled", help: "Enable the service" }),
    disable: flag.boolean({ group: "enabled", help: "Disable the service" }),
    disableReason: flag.string({
      metavar: "<reason>",
      help: "Why it is disabled (with --disable)",
    }),
  },
  positionals: [
    { name: "host", metavar: "<host>", help: "Host of the service" },
    { name: "service", metavar: "<service>", help: "Service (binary name)" },
  ],
  async run({ flags: f, positionals }, ctx) {
    if (f.disableReason && !f.disable) {
      throw new OscError("Cannot specify option --disable-reason without --disable specified.");
    }
    const svc = await ctx.service("block-storage");
    const body = { host: positionals.host, binary: positionals.service };
    if (f.enable) await volumeServiceAction(svc, "enable", body);
    if (f.disable) {
      if (f.disableReason) {
        await volumeServiceAction(svc, "disable-log-reason", {
          ...body,
          disabled_reason: f.disableReason,
        });
      } else {
        await volumeServiceAction(svc, "disable", body);
      }
    }
  },
});
