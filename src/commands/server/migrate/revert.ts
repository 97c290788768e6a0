import { serverActionCommand } from "../_action.ts";

export default serverActionCommand({
  summary: "Deprecated: use 'server migration revert'",
  help: "Server (name or ID)",
  lookup: "nova",
  action: "revertResize",
  warning:
    "The 'server migrate revert' command has been deprecated in favour of the 'server migration revert' command.",
});
