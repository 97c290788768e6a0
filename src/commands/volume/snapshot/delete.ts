import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findSnapshot } from "../../../api/volume/volumes.ts";
import { deleteSnapshot, snapshotAction } from "../../../api/volume/snapshots.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";

export default defineCommand({
  summary: "Delete volume snapshots",
  flags: {
    force: flag.boolean({ help: "Delete them whatever their state" }),
  },
  positionals: [{
    name: "snapshots",
    metavar: "<snapshot>",
    help: "Snapshots to delete (name or ID)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    await deleteEach(ctx, "snapshot", positionals.snapshots as string[], async (nameOrId) => {
      const id = (await findSnapshot(svc, nameOrId)).id;
      if (f.force) await snapshotAction(svc, id, "os-force_delete", null);
      else await deleteSnapshot(svc, id);
    }, plainError);
  },
});
