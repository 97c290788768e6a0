import { showCommand } from "../../kit/commands.ts";
import { securityGroup } from "../../resources/network/security_group.ts";

export default showCommand(securityGroup, {
  summary: "Show a security group and its rules",
  positional: { name: "group", metavar: "<group>", help: "Security group (name or ID)" },
  wording: "network-show",
});
