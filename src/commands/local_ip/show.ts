import { showCommand } from "../../kit/commands.ts";
import { localIp } from "../../resources/network/local_ip.ts";

export default showCommand(localIp, {
  summary: "Show a local IP",
  positional: { name: "local_ip", metavar: "<local-ip>", help: "Local IP (name or ID)" },
});
