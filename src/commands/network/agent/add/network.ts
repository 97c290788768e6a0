import { hostingCommand } from "../_agent.ts";

export default hostingCommand({
  summary: "Add a network to a DHCP agent",
  target: "network",
  add: true,
});
