import { listCommand } from "../../kit/commands.ts";
import { mapping } from "../../resources/identity/federation.ts";

export default listCommand(mapping, {
  summary: "List mappings",
  flags: {},
  columns: [["ID", "id"]],
  wording: "plain",
});
