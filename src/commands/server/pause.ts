import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Pause server(s)",
  help: "Servers to pause (names or IDs)",
  lookup: "sdk",
  many: true,
  action: "pause",
});
