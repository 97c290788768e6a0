import { deleteCommand } from "../../kit/commands.ts";
import { floatingIp } from "../../resources/network/floating_ip.ts";

export default deleteCommand(floatingIp, {
  summary: "Delete floating IPs",
  positional: {
    name: "floating_ip",
    metavar: "<floating-ip>",
    help: "Floating IPs (addresses or IDs)",
  },
  noun: "floating_ip",
});
