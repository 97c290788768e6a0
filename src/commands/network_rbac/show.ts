import { showCommand } from "../../kit/commands.ts";
import { rbacPolicy } from "../../resources/network/rbac_policy.ts";

export default showCommand(rbacPolicy, {
  summary: "Show a network RBAC policy",
  positional: { name: "rbacPolicy", metavar: "<rbac-policy>", help: "RBAC policy (ID)" },
});
