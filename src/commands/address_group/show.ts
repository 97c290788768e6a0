import { showCommand } from "../../kit/commands.ts";
import { addressGroup } from "../../resources/network/address_group.ts";

export default showCommand(addressGroup, {
  summary: "Show an address group",
  positional: {
    name: "addressGroup",
    metavar: "<address-group>",
    help: "Address group (name or ID)",
  },
});
