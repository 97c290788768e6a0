import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "Enable or disable a block storage cluster",
  flags: {
    binary: flag.string({
      metavar: "<binary>",
      default: "cinder-volume",
      help: "Binary of the cluster (default: cinder-volume)",
    }),
    enable: flag.boolean({ group: "enabled", help: "Enable the cluster" }),
    disable: flag.boolean({ group: "enabled", help: "Disable the cluster" }),
    disableReason: flag.string({ metavar: "<reason>", help: "Why (with --disable)" }),
  },
  positionals: [{ name: "cluster", metavar: "<cluster>", help: "Cluster (name)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.7", "block storage cluster set");
    if (f.disableReason && !f.disable) {
      throw new OscError("Cannot specify --disable-reason without --disable");
    }
    const body: Record<string, unknown> = { name: positionals.cluster, binary: f.binary };
    if (f.disable && f.disableReason) body.disabled_reason = f.disableReason;
    // python formats the answer, but as a plain command prints nothing
    await svc.request(f.disable ? "/clusters/disable" : "/clusters/enable", {
      method: "PUT",
      json: body,
    });
  },
});
