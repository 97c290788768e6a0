import { defineCommand } from "../../cli/command.ts";
import { OscError } from "../../errors.ts";
import { HttpError } from "../../http/errors.ts";
import { deleteItem } from "../../kit/resource.ts";
import { qosRule } from "../../resources/network/qos_rule.ts";
import { findPolicy, policyPositional, rulePositional, ruleType, why } from "./_rule.ts";

export default defineCommand({
  summary: "Delete a network QoS rule",
  flags: {},
  positionals: [policyPositional, rulePositional],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    const id = positionals.id as string;
    try {
      const policy = await findPolicy(svc, positionals.qosPolicy as string);
      const type = ruleType(policy, id);
      if (!type) throw new OscError(`Rule ${id} not found`);
      // openstacksdk's delete ignores a rule already gone
      await deleteItem(svc, qosRule(type, String(policy.id)), id).catch((e) => {
        if (!(e instanceof HttpError && e.status === 404)) throw e;
      });
    } catch (e) {
      throw new OscError(`Failed to delete Network QoS rule ID "${id}": ${why(e)}`);
    }
  },
});
