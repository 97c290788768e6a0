import { showCommand } from "../../kit/commands.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";

export default showCommand(qosPolicy, {
  summary: "Show a QoS policy and its rules",
  positional: { name: "policy", metavar: "<qos-policy>", help: "QoS policy (name or ID)" },
});
