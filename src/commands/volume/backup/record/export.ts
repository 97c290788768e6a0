import { defineCommand } from "../../../../cli/command.ts";
import { exportBackupRecord, findBackup } from "../../../../api/volume/backups.ts";
import type { Cell } from "../../../../output/types.ts";
import { cmpCodePoints } from "../../../../output/pyrepr.ts";

export default defineCommand({
  summary: "Export a volume backup's record, to import it elsewhere",
  output: "show",
  flags: {},
  positionals: [{ name: "backup", metavar: "<backup>", help: "Backup (name or ID)" }],
  async run({ positionals, output }, ctx) {
    const svc = await ctx.service("block-storage");
    const backup = await findBackup(svc, positionals.backup as string);
    const record = { ...await exportBackupRecord(svc, backup.id) };
    // friendlier names in a table only; other formats keep cinderclient's keys
    if ((output?.format ?? "table") === "table") {
      record["Backup Service"] = record.backup_service;
      delete record.backup_service;
      record["Metadata"] = record.backup_url;
      delete record.backup_url;
    }
    const fields = Object.keys(record).sort(cmpCodePoints);
    return { kind: "show", fields, values: fields.map((k) => record[k] as Cell) };
  },
});
