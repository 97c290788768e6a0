import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Unpause server(s)",
  help: "Servers to unpause (names or IDs)",
  lookup: "sdk",
  many: true,
  action: "unpause",
});
