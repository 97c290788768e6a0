import { deleteCommand } from "../../kit/commands.ts";
import { addressGroup } from "../../resources/network/address_group.ts";

export default deleteCommand(addressGroup, {
  summary: "Delete address groups",
  positional: {
    name: "addressGroup",
    metavar: "<address-group>",
    help: "Address groups (names or IDs)",
  },
  noun: "address group",
});
