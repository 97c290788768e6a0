import { defineCommand } from "../../../../cli/command.ts";
import { importBackupRecord } from "../../../../api/volume/backups.ts";
import { bodyShowResult } from "../../../../kit/attrs.ts";

export default defineCommand({
  summary: "Import a volume backup's record exported elsewhere",
  output: "show",
  flags: {},
  positionals: [
    { name: "backupService", metavar: "<backup_service>", help: "Backup service holding it" },
    { name: "backupMetadata", metavar: "<backup_metadata>", help: "The exported record" },
  ],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const backup = await importBackupRecord(
      svc,
      positionals.backupService as string,
      positionals.backupMetadata as string,
    );
    return bodyShowResult(backup, { drop: ["links"] });
  },
});
