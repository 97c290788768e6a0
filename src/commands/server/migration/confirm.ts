import { serverActionCommand } from "../_action.ts";

export default serverActionCommand({
  summary: "Confirm a server's cold migration: release the old host",
  help: "Server (name or ID)",
  lookup: "nova",
  action: "confirmResize",
});
