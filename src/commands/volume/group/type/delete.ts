import { defineCommand } from "../../../../cli/command.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import { findGroupType, groupTypePath } from "../../../../resources/volume/group_type.ts";

export default defineCommand({
  summary: "Delete a volume group type",
  flags: {},
  positionals: [{ name: "groupType", metavar: "<group_type>", help: "Group type (name or ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.11", "volume group type delete");
    const t = await findGroupType(svc, positionals.groupType as string);
    await svc.request(groupTypePath(t.id), { method: "DELETE", expectJson: false });
  },
});
