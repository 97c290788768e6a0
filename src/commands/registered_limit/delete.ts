import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { registeredLimit } from "../../resources/identity/limit.ts";

export default defineCommand({
  summary: "Delete registered limits",
  flags: {},
  positionals: [{
    name: "ids",
    metavar: "<registered-limit-id>",
    help: "Registered limits (IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    // python also pprints each failure's exception class to stdout: not copied
    await deleteEach(
      ctx,
      "registered limit",
      positionals.ids as string[],
      (id) => deleteItem(identity, registeredLimit, id),
      plainError,
      (item, why) => `Failed to delete registered limit with ID '${item}': ${why}`,
    );
  },
});
