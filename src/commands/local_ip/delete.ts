import { deleteCommand } from "../../kit/commands.ts";
import { localIp } from "../../resources/network/local_ip.ts";

export default deleteCommand(localIp, {
  summary: "Delete local IPs",
  positional: { name: "local_ip", metavar: "<local-ip>", help: "Local IPs (names or IDs)" },
  noun: "local IP",
  line: (item, why) => `Failed to delete Local IP with name or ID '${item}': ${why}`,
});
