import { deleteCommand } from "../../kit/commands.ts";
import { securityGroup } from "../../resources/network/security_group.ts";

export default deleteCommand(securityGroup, {
  summary: "Delete security groups",
  positional: { name: "group", metavar: "<group>", help: "Security groups (names or IDs)" },
  noun: "group",
});
