import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import {
  createVolume,
  findConsistencyGroup,
  findSnapshot,
  findVolume,
  volumeAction,
} from "../../api/volume/volumes.ts";
import { sdkFindImage } from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { logLine } from "../../http/errors.ts";
import { plainError } from "../../kit/bulk.ts";
import type { Context } from "../../context.ts";
import { keyValuePairs } from "../_common.ts";
import { volumeShow } from "./_volume.ts";

/** osc_lib's KeyValueAction: a later key wins; undefined when none given. */
function keyValues(entries: readonly string[]): Record<string, string> | undefined {
  return entries.length ? Object.fromEntries(keyValuePairs(entries)) : undefined;
}

/** python logs a failed follow-up action (LOG.error) and still shows the volume. */
async function logged(ctx: Context, what: string, p: Promise<void>): Promise<void> {
  try {
    await p;
  } catch (e) {
    if (ctx.signal?.aborted) throw e;
    await ctx.stderr.write(logLine(`${what}: ${plainError(e)}`) + "\n");
  }
}

export default defineCommand({
  summary: "Create new volume",
  output: "show",
  flags: {
    size: flag.integer({
      metavar: "<size>",
      help: "Size in GiB (required unless --snapshot or --source is given)",
    }),
    type: flag.string({ metavar: "<volume-type>", help: "Volume type" }),
    image: flag.string({
      group: "source",
      metavar: "<image>",
      help: "Image to make the volume from (name or ID)",
    }),
    snapshot: flag.string({
      group: "source",
      metavar: "<snapshot>",
      help: "Snapshot to make the volume from (name or ID)",
    }),
    source: flag.string({
      group: "source",
      metavar: "<volume>",
      help: "Volume to copy (name or ID)",
    }),
    // hidden and unused there too; it only takes part in the source group
    sourceReplicated: flag.string({
      group: "source",
      metavar: "<replicated-volume>",
      help: "",
      hidden: true,
    }),
    description: flag.string({ metavar: "<description>", help: "Description of the volume" }),
    availabilityZone: flag.string({
      metavar: "<availability-zone>",
      help: "Availability zone to create the volume in",
    }),
    consistencyGroup: flag.string({
      // sic: python's metavar lacks the "<"
      metavar: "consistency-group>",
      help: "Consistency group to put the volume in (name or ID)",
    }),
    property: flag.list({
      metavar: "<key=value>",
      help: "Property of the volume (repeatable)",
    }),
    hint: flag.list({
      metavar: "<key=value>",
      help: "Scheduler hint (repeatable)",
    }),
    bootable: flag.boolean({ group: "bootable", help: "Mark the volume bootable" }),
    nonBootable: flag.boolean({
      group: "bootable",
      help: "Mark the volume not bootable (the default)",
    }),
    readOnly: flag.boolean({ group: "access", help: "Make the volume read-only" }),
    readWrite: flag.boolean({
      group: "access",
      help: "Make the volume read-write (the default)",
    }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new volume" }],
  async run({ flags: f, positionals }, ctx) {
    // argparse runs KeyValueAction while parsing, before any check of take_action
    const metadata = keyValues(f.property);
    const hints = keyValues(f.hint);
    // python's `(snapshot or source) is None and size is None`: "" counts as not given
    if ((f.snapshot || f.source) === undefined && f.size === undefined) {
      throw new OscError(
        "--size is a required option if snapshot or source volume is not specified.",
      );
    }

    const volume = await ctx.service("block-storage");
    const sourceId = f.source ? (await findVolume(volume, f.source)).id : null;
    const groupId = f.consistencyGroup
      ? (await findConsistencyGroup(volume, f.consistencyGroup)).id
      : null;
    const imageId = f.image
      ? (await sdkCall(sdkFindImage(await ctx.service("image"), f.image))).id
      : null;
    let size: number | null = f.size ?? null;
    let snapshotId: string | null = null;
    if (f.snapshot) {
      const snapshot = await findSnapshot(volume, f.snapshot);
      snapshotId = snapshot.id;
      // Cinder wants a size even then: at least the snapshot's
      size = Math.max(size || 0, Number(snapshot.size) || 0);
    }

    // cinderclient sends every key, null where not given, in this order
    const created = await createVolume(volume, {
      size,
      consistencygroup_id: groupId,
      snapshot_id: snapshotId,
      name: positionals.name,
      description: f.description ?? null,
      volume_type: f.type ?? null,
      availability_zone: f.availabilityZone ?? null,
      metadata: metadata ?? {},
      imageRef: imageId,
      source_volid: sourceId,
      backup_id: null,
    }, hints);

    if (f.bootable || f.nonBootable) {
      await logged(
        ctx,
        "Failed to set volume bootable property",
        volumeAction(volume, created.id, "os-set_bootable", { bootable: f.bootable }),
      );
    }
    if (f.readOnly || f.readWrite) {
      await logged(
        ctx,
        "Failed to set volume read-only access mode flag",
        volumeAction(volume, created.id, "os-update_readonly_flag", { readonly: f.readOnly }),
      );
    }
    // what Cinder answered to the create, not the volume after the actions
    return volumeShow(created);
  },
});
