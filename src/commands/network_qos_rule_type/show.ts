import { sdkCall } from "../../api/sdk.ts";
import { showCommand } from "../../kit/commands.ts";
import { getItem } from "../../kit/resource.ts";
import { qosRuleType } from "../../resources/network/qos_rule_type.ts";

export default showCommand(qosRuleType, {
  summary: "Show a QoS rule type and the drivers that support it",
  positional: {
    name: "ruleType",
    metavar: "<qos-rule-type-name>",
    help: "Name of the rule type",
  },
  // openstacksdk's get_qos_rule_type: its errors begin "No QoSRuleType found for <name>"
  find: ({ svc }, name) =>
    sdkCall(getItem(svc, qosRuleType, name), { resource: "QoSRuleType", value: name }),
});
