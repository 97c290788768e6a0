import { defineCommand } from "../../../cli/command.ts";
import { changeMembers, memberFlags } from "../_members.ts";

export default defineCommand({
  summary: "Add users to a group",
  flags: memberFlags,
  positionals: [
    { name: "group", metavar: "<group>", help: "Group (name or ID)" },
    { name: "user", metavar: "<user>", help: "Users to add (names or IDs)", arity: "many" },
  ],
  run: ({ flags, positionals }, ctx) =>
    changeMembers(ctx, "add", flags, positionals.group as string, positionals.user as string[]),
});
