import { defineCommand } from "../../../cli/command.ts";
import { deleteAgent } from "../../../api/compute/agents.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";

export default defineCommand({
  summary: "Delete compute agents (XenAPI only; gone from Nova since Wallaby)",
  flags: {},
  positionals: [{ name: "id", metavar: "<id>", help: "Agents (IDs)", arity: "many" }],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    await deleteEach(
      ctx,
      "agent",
      p.id as string[],
      (id) => deleteAgent(compute, id),
      plainError,
      (id, why) => `Failed to delete agent with ID '${id}': ${why}`,
    );
  },
});
