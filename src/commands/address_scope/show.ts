import { showCommand } from "../../kit/commands.ts";
import { addressScope } from "../../resources/network/address_scope.ts";

export default showCommand(addressScope, {
  summary: "Show an address scope",
  positional: {
    name: "addressScope",
    metavar: "<address-scope>",
    help: "Address scope (name or ID)",
  },
});
