import { deleteCommand } from "../../kit/commands.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";

export default deleteCommand(qosPolicy, {
  summary: "Delete QoS policies",
  positional: { name: "policy", metavar: "<qos-policy>", help: "QoS policies (names or IDs)" },
  noun: "QoS policy",
  plural: "QoS policies",
  line: (item, why) => `Failed to delete QoS policy name or ID '${item}': ${why}`,
});
