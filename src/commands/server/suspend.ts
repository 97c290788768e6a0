import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Suspend server(s)",
  help: "Servers to suspend (names or IDs)",
  lookup: "sdk",
  many: true,
  action: "suspend",
});
