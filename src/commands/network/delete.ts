import { defineCommand } from "../../cli/command.ts";
import { deleteNetwork, sdkFindNetwork } from "../../api/network/networks.ts";
import { deleteEach } from "../_delete.ts";

export default defineCommand({
  summary: "Delete network(s)",
  flags: {},
  positionals: [{
    name: "network",
    metavar: "<network>",
    help: "Network(s) to delete (name or ID)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const network = await ctx.service("network");
    await deleteEach(ctx, "network", positionals.network as string[], async (nameOrId) => {
      await deleteNetwork(network, (await sdkFindNetwork(network, nameOrId)).id);
    });
  },
});
