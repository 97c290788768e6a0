import { defineCommand } from "../../../cli/command.ts";
import { deleteEach } from "../../../kit/bulk.ts";
import { deleteItem } from "../../../kit/resource.ts";
import { deleteDescriber } from "../../../kit/wording.ts";
import { agent } from "../../../resources/network/agent.ts";

export default defineCommand({
  summary: "Delete network agents",
  flags: {},
  positionals: [{
    name: "networkAgent",
    metavar: "<network-agent>",
    help: "Agents (IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    await deleteEach(
      ctx,
      "network agent",
      positionals.networkAgent as string[],
      (id) => deleteItem(svc, agent, id),
      deleteDescriber("sdk"),
      (item, why) => `Failed to delete network agent with ID '${item}': ${why}`,
    );
  },
});
