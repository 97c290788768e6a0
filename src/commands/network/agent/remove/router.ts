import { hostingCommand } from "../_agent.ts";

export default hostingCommand({
  summary: "Remove a router from an L3 agent",
  target: "router",
  add: false,
});
