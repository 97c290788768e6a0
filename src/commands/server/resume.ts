import { serverActionCommand } from "./_action.ts";

export default serverActionCommand({
  summary: "Resume server(s)",
  help: "Servers to resume (names or IDs)",
  lookup: "sdk",
  many: true,
  action: "resume",
});
