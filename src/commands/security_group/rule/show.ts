import { showCommand } from "../../../kit/commands.ts";
import { findItem } from "../../../kit/resource.ts";
import { remotePrefix, securityGroupRule } from "../../../resources/network/security_group_rule.ts";

export default showCommand(securityGroupRule, {
  summary: "Show a security group rule",
  positional: { name: "rule", metavar: "<rule>", help: "Security group rule (ID)" },
  wording: "network-show",
  async find({ svc }, id) {
    const rule = await findItem(svc, securityGroupRule, id);
    return { ...rule, remote_ip_prefix: remotePrefix(rule) };
  },
});
