import { defineCommand } from "../../../cli/command.ts";
import { findSnapshot } from "../../../api/volume/volumes.ts";
import { snapshotShow } from "./_snapshot.ts";

export default defineCommand({
  summary: "Show a volume snapshot",
  output: "show",
  flags: {},
  positionals: [{ name: "snapshot", metavar: "<snapshot>", help: "Snapshot (name or ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    return snapshotShow(await findSnapshot(svc, positionals.snapshot as string));
  },
});
