import { listCommand } from "../../kit/commands.ts";
import { consumer } from "../../resources/identity/oauth1.ts";

export default listCommand(consumer, {
  summary: "List OAuth consumers",
  flags: {},
  columns: [["ID", "id"], ["Description", "description"]],
  wording: "plain",
});
