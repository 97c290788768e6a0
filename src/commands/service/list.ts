import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { service } from "../../resources/identity/service.ts";

const COLUMNS = [["ID", "id"], ["Name", "name"], ["Type", "type"]] as const;

export default listCommand(service, {
  summary: "List catalog services",
  flags: { long: flag.boolean({ help: "Also show description and state" }) },
  columns: COLUMNS,
  long: [...COLUMNS, ["Description", "description"], ["Enabled", "enabled"]],
  wording: "plain",
});
