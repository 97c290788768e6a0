import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Restore soft-deleted server(s)",
  help: "Servers to restore (names or IDs)",
  lookup: "nova",
  many: true,
  action: "restore",
});
