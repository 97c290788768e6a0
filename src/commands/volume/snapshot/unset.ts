import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findSnapshot } from "../../../api/volume/volumes.ts";
import { deleteSnapshotMetadata } from "../../../api/volume/snapshots.ts";

export default defineCommand({
  summary: "Remove properties from a volume snapshot",
  flags: {
    property: flag.list({ metavar: "<key>", help: "Property to remove (repeatable)" }),
  },
  positionals: [{ name: "snapshot", metavar: "<snapshot>", help: "Snapshot (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const id = (await findSnapshot(svc, positionals.snapshot as string)).id;
    // python lets the error through as it is
    if (f.property.length) await deleteSnapshotMetadata(svc, id, f.property);
  },
});
