import { serverActionCommand } from "../_action.ts";

export default serverActionCommand({
  summary: "Revert a server's resize: go back to the old flavor",
  help: "Server (name or ID)",
  lookup: "nova",
  action: "revertResize",
});
