import { deleteCommand } from "../../kit/commands.ts";
import { addressScope } from "../../resources/network/address_scope.ts";

export default deleteCommand(addressScope, {
  summary: "Delete address scopes",
  positional: {
    name: "addressScope",
    metavar: "<address-scope>",
    help: "Address scopes (names or IDs)",
  },
  noun: "address scope",
});
