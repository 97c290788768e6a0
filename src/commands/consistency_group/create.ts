import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import { findConsistencyGroup } from "../../api/volume/volumes.ts";
import { bodyShowResult } from "../../kit/attrs.ts";
import { findVolumeType } from "../../resources/volume/volume_type.ts";
import { findCgsnapshot } from "../../resources/volume/cgsnapshot.ts";
import { createGroup, createGroupFromSource } from "../../resources/volume/consistency_group.ts";

export default defineCommand({
  summary: "Create a consistency group",
  output: "show",
  flags: {
    volumeType: flag.string({
      metavar: "<volume-type>",
      group: "source",
      groupRequired: true,
      help: "Volume type of the group (name or ID)",
    }),
    consistencyGroupSource: flag.string({
      metavar: "<consistency-group>",
      group: "source",
      groupRequired: true,
      help: "Copy this consistency group (name or ID)",
    }),
    consistencyGroupSnapshot: flag.string({
      metavar: "<consistency-group-snapshot>",
      group: "source",
      groupRequired: true,
      help: "Start from this consistency group snapshot (name or ID)",
    }),
    description: flag.string({ metavar: "<description>", help: "Description of the group" }),
    availabilityZone: flag.string({
      metavar: "<availability-zone>",
      help: "Availability zone of the group (ignored with a source)",
    }),
  },
  positionals: [{
    name: "name",
    metavar: "<name>",
    help: "Name of the group",
    arity: "optional",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const name = (positionals.name as string | undefined) ?? null;
    const description = f.description ?? null;
    if (f.volumeType) {
      const typeId = (await findVolumeType(svc, f.volumeType)).id as string;
      return bodyShowResult(
        await createGroup(svc, typeId, {
          name,
          description,
          availabilityZone: f.availabilityZone ?? null,
        }),
      );
    }
    if (f.availabilityZone) {
      await warn(
        ctx,
        "'--availability-zone' option will not work if creating consistency group from source",
      );
    }
    const sourceId = f.consistencyGroupSource
      ? (await findConsistencyGroup(svc, f.consistencyGroupSource)).id
      : null;
    const snapshotId = !sourceId && f.consistencyGroupSnapshot
      ? (await findCgsnapshot(svc, f.consistencyGroupSnapshot)).id
      : null;
    // python then fails on the answer ('DictWithMeta' object has no attribute '_info');
    // the group is made all the same, so it is shown here
    return bodyShowResult(
      await createGroupFromSource(svc, snapshotId, sourceId, { name, description }),
    );
  },
});
