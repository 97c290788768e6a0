import { showCommand } from "../../kit/commands.ts";
import { subnet } from "../../resources/network/subnet.ts";

export default showCommand(subnet, {
  summary: "Show subnet details",
  positional: { name: "subnet", metavar: "<subnet>", help: "Subnet (name or ID)" },
});
