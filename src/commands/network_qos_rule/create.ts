import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { showResult } from "../../kit/attrs.ts";
import { createItem } from "../../kit/resource.ts";
import { qosRule, RULE_TYPES, type RuleType } from "../../resources/network/qos_rule.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { findPolicy, policyPositional, ruleAttrs, ruleFlags, why } from "./_rule.ts";

export default defineCommand({
  summary: "Create a network QoS rule",
  output: "show",
  flags: {
    extraProperty: extraPropertyFlag,
    type: flag.string({
      metavar: "<type>",
      required: true,
      choices: [...RULE_TYPES],
      help: "Rule type: minimum-bandwidth, minimum-packet-rate, dscp-marking or bandwidth-limit",
    }),
    ...ruleFlags,
  },
  positionals: [policyPositional],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    const type = f.type as RuleType;
    try {
      const policy = await findPolicy(svc, positionals.qosPolicy as string);
      const attrs = withExtraAttributes(
        ruleAttrs(f, type, true),
        parseExtraProperties(f.extraProperty),
      );
      const r = qosRule(type, String(policy.id));
      return showResult(r.attrs, await createItem(svc, r, attrs));
    } catch (e) {
      throw new OscError(`Failed to create Network QoS rule: ${why(e)}`);
    }
  },
});
