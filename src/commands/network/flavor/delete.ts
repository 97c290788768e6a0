import { deleteCommand } from "../../../kit/commands.ts";
import { networkFlavor } from "../../../resources/network/network_flavor.ts";

export default deleteCommand(networkFlavor, {
  summary: "Delete network flavors",
  positional: { name: "flavor", metavar: "<flavor>", help: "Flavors (names or IDs)" },
  noun: "flavor",
});
