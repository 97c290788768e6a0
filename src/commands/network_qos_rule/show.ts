import { defineCommand } from "../../cli/command.ts";
import { OscError } from "../../errors.ts";
import { showResult } from "../../kit/attrs.ts";
import { getItem } from "../../kit/resource.ts";
import { qosRule } from "../../resources/network/qos_rule.ts";
import { findPolicy, policyPositional, rulePositional, ruleType, why } from "./_rule.ts";

export default defineCommand({
  summary: "Show a network QoS rule",
  output: "show",
  flags: {},
  positionals: [policyPositional, rulePositional],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    const id = positionals.id as string;
    try {
      const policy = await findPolicy(svc, positionals.qosPolicy as string);
      const type = ruleType(policy, id);
      if (!type) throw new OscError("Rule not found");
      const r = qosRule(type, String(policy.id));
      return showResult(r.attrs, await getItem(svc, r, id));
    } catch (e) {
      // (python words a failed show as a failed set)
      throw new OscError(`Failed to set Network QoS rule ID "${id}": ${why(e)}`);
    }
  },
});
