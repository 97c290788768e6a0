import { defineCommand } from "../../../../cli/command.ts";
import { deleteEach } from "../../../../kit/bulk.ts";
import { deleteItem } from "../../../../kit/resource.ts";
import { meteringLabelRule } from "../../../../resources/network/metering_label_rule.ts";
import { findRule } from "./_warn.ts";

export default defineCommand({
  summary: "Delete network meter rules",
  flags: {},
  positionals: [
    { name: "rule", metavar: "<meter-rule-id>", help: "Rules (IDs)", arity: "many" },
  ],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    await deleteEach(
      ctx,
      "meter rule",
      positionals.rule as string[],
      async (id) => {
        await deleteItem(svc, meteringLabelRule, (await findRule(ctx, svc, id)).id);
      },
      undefined,
      (item, why) => `Failed to delete meter rule with ID '${item}': ${why}`,
    );
  },
});
