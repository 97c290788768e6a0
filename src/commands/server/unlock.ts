import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Unlock server(s)",
  help: "Servers to unlock (names or IDs)",
  lookup: "nova",
  many: true,
  action: "unlock",
});
