import { defineCommand } from "../../../cli/command.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";
import { deleteItem, findItem } from "../../../kit/resource.ts";
import { accessRule } from "../../../resources/identity/application_credential.ts";

export default defineCommand({
  summary: "Delete access rules",
  flags: {},
  positionals: [{
    name: "rules",
    metavar: "<access-rule>",
    help: "Access rules (IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = accessRule((await ctx.auth()).userId ?? "");
    await deleteEach(
      ctx,
      "access rule",
      positionals.rules as string[],
      async (x) => {
        await deleteItem(identity, r, (await findItem(identity, r, x)).id);
      },
      plainError,
      (x, why) => `Failed to delete access rule with ID '${x}': ${why}`,
    );
  },
});
