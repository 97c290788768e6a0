import { deleteCommand } from "../../kit/commands.ts";
import { rbacPolicy } from "../../resources/network/rbac_policy.ts";

export default deleteCommand(rbacPolicy, {
  summary: "Delete network RBAC policies",
  positional: { name: "rbacPolicy", metavar: "<rbac-policy>", help: "RBAC policies (IDs)" },
  noun: "RBAC policy",
  plural: "RBAC policies",
  line: (item, why) => `Failed to delete RBAC policy with ID '${item}': ${why}`,
});
