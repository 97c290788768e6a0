import { defineCommand } from "../../../../cli/command.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import { findIn, GROUP_SNAPSHOTS, itemPath } from "../../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Delete a volume group snapshot",
  flags: {},
  positionals: [{ name: "snapshot", metavar: "<snapshot>", help: "Snapshot (name or ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.14", "volume group snapshot delete");
    const s = await findIn(svc, GROUP_SNAPSHOTS, positionals.snapshot as string);
    await svc.request(itemPath(GROUP_SNAPSHOTS, s.id), { method: "DELETE", expectJson: false });
  },
});
