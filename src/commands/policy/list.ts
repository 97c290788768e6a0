import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { policy } from "../../resources/identity/policy.ts";

export default listCommand(policy, {
  summary: "List policies",
  flags: { long: flag.boolean({ help: "Also show the rules" }) },
  columns: [["ID", "id"], ["Type", "type"]],
  long: [["ID", "id"], ["Type", "type"], ["Rules", "blob"]],
  wording: "plain",
});
