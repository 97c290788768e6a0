import { defineCommand } from "../../../../cli/command.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import { findIn, GROUP_SNAPSHOTS, groupSnapshotShow } from "../../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Show a volume group snapshot",
  output: "show",
  flags: {},
  positionals: [{ name: "snapshot", metavar: "<snapshot>", help: "Snapshot (name or ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.14", "volume group snapshot show");
    // python then asks cinderclient's groups for a show() they lack, and fails
    return groupSnapshotShow(
      await findIn(svc, GROUP_SNAPSHOTS, positionals.snapshot as string),
    );
  },
});
