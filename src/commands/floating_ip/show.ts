import { showCommand } from "../../kit/commands.ts";
import { floatingIp } from "../../resources/network/floating_ip.ts";

export default showCommand(floatingIp, {
  summary: "Show a floating IP",
  positional: {
    name: "floating_ip",
    metavar: "<floating-ip>",
    help: "Floating IP (address or ID)",
  },
  wording: "network-show",
});
