import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { limit } from "../../resources/identity/limit.ts";

export default defineCommand({
  summary: "Delete project limits",
  flags: {},
  positionals: [{ name: "ids", metavar: "<limit-id>", help: "Limits (IDs)", arity: "many" }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    await deleteEach(
      ctx,
      "limit",
      positionals.ids as string[],
      (id) => deleteItem(identity, limit, id),
      plainError,
      (item, why) => `Failed to delete limit with ID '${item}': ${why}`,
    );
  },
});
