import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { findVolume, volumeAction } from "../../api/volume/volumes.ts";

export default defineCommand({
  summary: "Move a volume to another back end",
  flags: {
    host: flag.string({
      metavar: "<host>",
      required: true,
      help: "Where to move it (host@backend-name#pool)",
    }),
    forceHostCopy: flag.boolean({
      help: "Copy through the host, without the driver's own migration",
    }),
    lockVolume: flag.boolean({
      help: "Lock the volume's state so the migration cannot be aborted",
    }),
  },
  positionals: [{ name: "volume", metavar: "<volume>", help: "Volume to move (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const volume = await findVolume(svc, positionals.volume as string);
    await volumeAction(svc, volume.id, "os-migrate_volume", {
      host: f.host,
      force_host_copy: f.forceHostCopy,
      lock_volume: f.lockVolume,
    });
  },
});
