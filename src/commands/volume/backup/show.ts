import { defineCommand } from "../../../cli/command.ts";
import { findBackup } from "../../../api/volume/backups.ts";
import { backupShow } from "./_backup.ts";

export default defineCommand({
  summary: "Show a volume backup",
  output: "show",
  flags: {},
  positionals: [{ name: "backup", metavar: "<backup>", help: "Backup (name or ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    return backupShow(await findBackup(svc, positionals.backup as string));
  },
});
