import { defineCommand } from "../../cli/command.ts";
import { OscError } from "../../errors.ts";
import { HttpError } from "../../http/errors.ts";
import { getItem, updateItem } from "../../kit/resource.ts";
import { qosRule } from "../../resources/network/qos_rule.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import {
  findPolicy,
  policyPositional,
  ruleAttrs,
  ruleFlags,
  rulePositional,
  ruleType,
  why,
} from "./_rule.ts";

export default defineCommand({
  summary: "Change a network QoS rule",
  flags: { extraProperty: extraPropertyFlag, ...ruleFlags },
  positionals: [policyPositional, rulePositional],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    const id = positionals.id as string;
    try {
      const policy = await findPolicy(svc, positionals.qosPolicy as string);
      const type = ruleType(policy, id);
      if (!type) throw new OscError("Rule not found");
      // python looks the policy up a second time (its _get_attrs)
      const again = await findPolicy(svc, positionals.qosPolicy as string);
      const attrs = withExtraAttributes(
        ruleAttrs(f, type, false),
        parseExtraProperties(f.extraProperty),
      );
      const r = qosRule(type, String(again.id));
      // find_…_rule, then the update; openstacksdk sends nothing when nothing changes
      await getItem(svc, r, id).catch((e) => {
        if (!(e instanceof HttpError && e.status === 404)) throw e;
      });
      if (Object.keys(attrs).length) await updateItem(svc, r, id, attrs);
    } catch (e) {
      throw new OscError(`Failed to set Network QoS rule ID "${id}": ${why(e)}`);
    }
  },
});
