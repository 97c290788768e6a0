import { serverActionCommand } from "../_action.ts";

export default serverActionCommand({
  summary: "Revert a server's cold migration: go back to the old host",
  help: "Server (name or ID)",
  lookup: "nova",
  action: "revertResize",
});
