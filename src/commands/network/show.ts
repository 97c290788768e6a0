import { showCommand } from "../../kit/commands.ts";
import { network } from "../../resources/network/network.ts";

export default showCommand(network, {
  summary: "Show network details",
  positional: { name: "network", metavar: "<network>", help: "Network (name or ID)" },
  wording: "network-show",
});
