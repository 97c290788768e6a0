import { serverActionCommand } from "../_action.ts";

export default serverActionCommand({
  summary: "Confirm a server's resize: keep the new flavor",
  help: "Server (name or ID)",
  lookup: "nova",
  action: "confirmResize",
});
