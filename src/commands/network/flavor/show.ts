import { showCommand } from "../../../kit/commands.ts";
import { networkFlavor } from "../../../resources/network/network_flavor.ts";

export default showCommand(networkFlavor, {
  summary: "Show a network flavor",
  positional: { name: "flavor", metavar: "<flavor>", help: "Flavor (name or ID)" },
});
