import { serverActionCommand } from "../_action.ts";

export default serverActionCommand({
  summary: "Deprecated: use 'server migration confirm'",
  help: "Server (name or ID)",
  lookup: "nova",
  action: "confirmResize",
  warning:
    "The 'server migrate confirm' command has been deprecated in favour of the 'server migration confirm' command.",
});
