import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { updateVolumeAttachment } from "../../../api/compute/attachments.ts";
import { supports } from "../../../kit/versions.ts";

export default defineCommand({
  summary: "Change whether an attached volume goes with its server (compute API 2.85+)",
  flags: {
    deleteOnTermination: flag.boolean({
      group: "termination",
      help: "Delete the volume with the server",
    }),
    preserveOnTermination: flag.boolean({
      group: "termination",
      help: "Keep the volume when the server is deleted",
    }),
  },
  positionals: [
    { name: "server", metavar: "server", help: "Server (name or ID)" },
    { name: "volume", metavar: "volume", help: "Attached volume (ID)" },
  ],
  async run({ flags: f, positionals: p }, ctx) {
    // python does nothing at all (no lookup) when neither flag is given
    if (!f.deleteOnTermination && !f.preserveOnTermination) return;
    const compute = await ctx.service("compute");
    if (!supports(compute, "2.85")) {
      throw new OscError(
        "--os-compute-api-version 2.85 or greater is required to support the --(no-)delete-on-termination option",
      );
    }
    const server = await findServer(compute, p.server as string);
    const volume = p.volume as string;
    await updateVolumeAttachment(compute, compute.microversion, server.id, volume, {
      volumeId: volume,
      delete_on_termination: f.deleteOnTermination,
    });
  },
});
