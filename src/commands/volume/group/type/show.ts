import { defineCommand } from "../../../../cli/command.ts";
import { requireCommand } from "../../../../resources/volume/attachment.ts";
import { findGroupType, groupTypeShow } from "../../../../resources/volume/group_type.ts";

export default defineCommand({
  summary: "Show a volume group type",
  output: "show",
  flags: {},
  positionals: [{ name: "groupType", metavar: "<group_type>", help: "Group type (name or ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.11", "volume group type show");
    // python fails here on its own typo ('Namespace' object has no attribute 'group')
    return groupTypeShow(await findGroupType(svc, positionals.groupType as string));
  },
});
