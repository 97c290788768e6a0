import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";
import { findIn, groupAction, GROUPS } from "../../../resources/volume/group.ts";

export default defineCommand({
  summary: "Delete a volume group",
  flags: {
    force: flag.boolean({ help: "Delete the group's volumes with it" }),
  },
  positionals: [{ name: "group", metavar: "<group>", help: "Group to delete (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.13", "volume group delete");
    const group = await findIn(svc, GROUPS, positionals.group as string);
    await groupAction(svc, group.id, { delete: { "delete-volumes": f.force } });
  },
});
