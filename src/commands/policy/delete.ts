import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { policy } from "../../resources/identity/policy.ts";

export default defineCommand({
  summary: "Delete policies",
  flags: {},
  positionals: [{ name: "policies", metavar: "<policy>", help: "Policies (IDs)", arity: "many" }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    // by ID as typed, without a lookup (python's "policys" too)
    await deleteEach(
      ctx,
      "policy",
      positionals.policies as string[],
      (id) => deleteItem(identity, policy, id),
      plainError,
    );
  },
});
