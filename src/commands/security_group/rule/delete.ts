import { deleteCommand } from "../../../kit/commands.ts";
import { securityGroupRule } from "../../../resources/network/security_group_rule.ts";

export default deleteCommand(securityGroupRule, {
  summary: "Delete security group rules",
  positional: { name: "rule", metavar: "<rule>", help: "Security group rules (IDs)" },
  noun: "rule",
});
