import { deleteCommand } from "../../kit/commands.ts";
import { network } from "../../resources/network/network.ts";

export default deleteCommand(network, {
  summary: "Delete networks",
  positional: { name: "network", metavar: "<network>", help: "Networks (names or IDs)" },
  noun: "network",
});
