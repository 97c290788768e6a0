import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findSnapshot, findVolume } from "../../../api/volume/volumes.ts";
import { createBackup } from "../../../api/volume/backups.ts";
import { requireVersion } from "../../../kit/versions.ts";
import { keyValuePairs } from "../../_common.ts";
import { backupShow } from "./_backup.ts";

export default defineCommand({
  summary: "Back up a volume",
  output: "show",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Name of the backup" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    container: flag.string({ metavar: "<container>", help: "Where to store it (container)" }),
    snapshot: flag.string({
      metavar: "<snapshot>",
      help: "Back up this snapshot of the volume (name or ID)",
    }),
    force: flag.boolean({ help: "Back up the volume even while it is in use" }),
    incremental: flag.boolean({ help: "Only what changed since the last backup" }),
    noIncremental: flag.boolean({ help: "A full backup (the default)" }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Property to set (repeatable; needs 3.43)",
    }),
    availabilityZone: flag.string({
      metavar: "<zone-name>",
      help: "Zone to store it in (default: the volume's; needs 3.51)",
    }),
  },
  positionals: [{ name: "volume", metavar: "<volume>", help: "Volume to back up (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const metadata = f.property.length ? Object.fromEntries(keyValuePairs(f.property)) : null;
    const svc = await ctx.service("block-storage");
    const volumeId = (await findVolume(svc, positionals.volume as string)).id;
    const snapshotId = f.snapshot ? (await findSnapshot(svc, f.snapshot)).id : null;
    if (metadata) requireVersion(svc, "3.43", "the --property option");
    if (f.availabilityZone) requireVersion(svc, "3.51", "the --availability-zone option");
    // python's --no-incremental stores into its own destination and changes nothing
    const attrs: Record<string, unknown> = {
      volume_id: volumeId,
      container: f.container ?? null,
      name: f.name ?? null,
      description: f.description ?? null,
      incremental: f.incremental,
      force: f.force,
      snapshot_id: snapshotId,
    };
    if (metadata && Object.keys(metadata).length) attrs.metadata = metadata;
    if (f.availabilityZone) attrs.availability_zone = f.availabilityZone;
    return backupShow(await createBackup(svc, attrs));
  },
});
