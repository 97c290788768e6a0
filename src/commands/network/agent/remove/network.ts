import { hostingCommand } from "../_agent.ts";

export default hostingCommand({
  summary: "Remove a network from a DHCP agent",
  target: "network",
  add: false,
});
