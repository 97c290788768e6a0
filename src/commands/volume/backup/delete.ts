import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { backupAction, deleteBackup, findBackup } from "../../../api/volume/backups.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";

export default defineCommand({
  summary: "Delete volume backups",
  flags: {
    force: flag.boolean({ help: "Delete them whatever their state" }),
  },
  positionals: [{
    name: "backups",
    metavar: "<backup>",
    help: "Backups to delete (name or ID)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    await deleteEach(ctx, "backup", positionals.backups as string[], async (nameOrId) => {
      const id = (await findBackup(svc, nameOrId)).id;
      if (f.force) await backupAction(svc, id, "os-force_delete", null);
      else await deleteBackup(svc, id);
    }, plainError);
  },
});
