import { hostingCommand } from "../_agent.ts";

export default hostingCommand({
  summary: "Add a router to an L3 agent",
  target: "router",
  add: true,
});
