import { defineCommand } from "../../../../cli/command.ts";
import { shown } from "../../../../kit/commands.ts";
import { worded } from "../../../../kit/wording.ts";
import { meteringLabelRule } from "../../../../resources/network/metering_label_rule.ts";
import { findRule } from "./_warn.ts";

export default defineCommand({
  summary: "Show a network meter rule",
  output: "show",
  flags: {},
  positionals: [{ name: "rule", metavar: "<meter-rule-id>", help: "Rule (ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    const item = await worded(
      "sdk",
      findRule(ctx, svc, positionals.rule as string),
    );
    return shown(meteringLabelRule, item);
  },
});
