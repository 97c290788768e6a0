import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { objectIn } from "../../../http/errors.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";
import { findGroupType } from "../../../resources/volume/group_type.ts";
import { findVolumeType } from "../../../resources/volume/volume_type.ts";
import { getOne, type Group, GROUPS, groupShow } from "../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Create a volume group",
  output: "show",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Name of the group" }),
    description: flag.string({ metavar: "<description>", help: "Description of the group" }),
    availabilityZone: flag.string({
      metavar: "<availability-zone>",
      help: "Availability zone of the group",
    }),
  },
  positionals: [
    { name: "groupType", metavar: "<volume_group_type>", help: "Group type (name or ID)" },
    {
      name: "volumeTypes",
      metavar: "<volume_type>",
      arity: "many",
      help: "Volume type(s) the group holds (name or ID)",
    },
  ],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.13", "volume group create");
    const groupType = await findGroupType(svc, positionals.groupType as string);
    const volumeTypes = [];
    for (const t of positionals.volumeTypes as string[]) {
      volumeTypes.push((await findVolumeType(svc, t)).id);
    }
    const res = await svc.request(GROUPS.path, {
      method: "POST",
      json: {
        group: {
          name: f.name ?? null,
          description: f.description ?? null,
          group_type: groupType.id,
          volume_types: volumeTypes,
          availability_zone: f.availabilityZone ?? null,
        },
      },
    });
    // python shows the group as a GET then has it, not the create's answer
    const made = objectIn<Group>(res.body, GROUPS.key, svc.type);
    return groupShow(await getOne(svc, GROUPS, made.id));
  },
});
