import { listCommand } from "../../kit/commands.ts";
import { qosRuleType } from "../../resources/network/qos_rule_type.ts";

export default listCommand(qosRuleType, {
  summary: "List the QoS rule types the cloud supports",
  flags: {},
  columns: [["Type", "type"]],
});
