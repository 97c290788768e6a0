import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { findVolume } from "../../../api/volume/volumes.ts";
import { findBackup, restoreBackup } from "../../../api/volume/backups.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";

export default defineCommand({
  summary: "Restore a volume backup to a new or existing volume",
  output: "show",
  flags: {
    force: flag.boolean({ help: "Restore over an existing volume" }),
  },
  positionals: [
    { name: "backup", metavar: "<backup>", help: "Backup to restore (name or ID)" },
    {
      name: "volume",
      metavar: "<volume>",
      help: "Existing volume (name or ID), or the name of a new one",
      arity: "optional",
    },
  ],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const backup = await findBackup(svc, positionals.backup as string);
    const given = positionals.volume as string | undefined;
    let volumeId: string | null = null;
    let name: string | null = null;
    try {
      if (given === undefined) throw new OscError("no volume");
      volumeId = (await findVolume(svc, given)).id;
    } catch {
      name = given ?? null;
    }
    if (volumeId && !f.force) {
      throw new OscError(
        `Volume '${given}' already exists; if you want to restore the backup to it you need to specify the '--force' option`,
      );
    }
    // python 6.0 hands cinderclient's restore object to cliff, which cannot show it;
    // the answer's fields are shown here
    return bodyShowResult(await restoreBackup(svc, backup.id, volumeId, name));
  },
});
