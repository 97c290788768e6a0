import { defineCommand } from "../../cli/command.ts";
import { sdkFindNetwork } from "../../api/network/networks.ts";
import { networkShowCall } from "../../api/sdk.ts";
import { networkShow } from "./_network.ts";

export default defineCommand({
  summary: "Show network details",
  output: "show",
  flags: {},
  positionals: [{ name: "network", metavar: "<network>", help: "Network to display (name or ID)" }],
  async run({ positionals }, ctx) {
    const network = await ctx.service("network");
    return networkShow(
      await networkShowCall(sdkFindNetwork(network, positionals.network as string)),
    );
  },
});
