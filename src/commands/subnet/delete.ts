import { deleteCommand } from "../../kit/commands.ts";
import { subnet } from "../../resources/network/subnet.ts";

export default deleteCommand(subnet, {
  summary: "Delete subnets",
  positional: { name: "subnet", metavar: "<subnet>", help: "Subnets (names or IDs)" },
  noun: "subnet",
});
