import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Take a server out of rescue mode",
  help: "Server (name or ID)",
  lookup: "nova",
  many: false,
  action: "unrescue",
});
