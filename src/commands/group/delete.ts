import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { identityFindIn } from "../../kit/identity.ts";
import { deleteItem } from "../../kit/resource.ts";
import { group } from "../../resources/identity/group.ts";

export default defineCommand({
  summary: "Delete groups",
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the groups (name or ID)" }),
  },
  positionals: [
    { name: "groups", metavar: "<group>", help: "Groups (names or IDs)", arity: "many" },
  ],
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    // python looks the domain up again for every group
    await deleteEach(ctx, "group", positionals.groups as string[], async (name) => {
      await deleteItem(identity, group, (await identityFindIn(identity, group, name, f.domain)).id);
    }, plainError);
  },
});
