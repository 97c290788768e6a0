import { showCommand } from "../../kit/commands.ts";
import { policy } from "../../resources/identity/policy.ts";

export default showCommand(policy, {
  summary: "Show a policy",
  positional: { name: "policy", metavar: "<policy>", help: "Policy (ID)" },
  wording: "plain",
});
