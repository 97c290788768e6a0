import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { objectIn } from "../../../../http/errors.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import {
  findIn,
  type Group,
  GROUP_SNAPSHOTS,
  GROUPS,
  groupSnapshotShow,
  snapshotAsShown,
} from "../../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Snapshot a volume group",
  output: "show",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Name of the snapshot" }),
    description: flag.string({ metavar: "<description>", help: "Description of the snapshot" }),
  },
  positionals: [{
    name: "group",
    metavar: "<volume_group>",
    help: "Group to snapshot (name or ID)",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.14", "volume group snapshot create");
    const group = await findIn(svc, GROUPS, positionals.group as string);
    const res = await svc.request(GROUP_SNAPSHOTS.path, {
      method: "POST",
      json: {
        group_snapshot: {
          group_id: group.id,
          name: f.name ?? null,
          description: f.description ?? null,
        },
      },
    });
    const answer = objectIn<Group>(res.body, GROUP_SNAPSHOTS.key, svc.type);
    return groupSnapshotShow(await snapshotAsShown(svc, answer));
  },
});
