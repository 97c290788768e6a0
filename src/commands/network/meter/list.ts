import { listCommand } from "../../../kit/commands.ts";
import { meteringLabel } from "../../../resources/network/metering_label.ts";

export default listCommand(meteringLabel, {
  summary: "List network meters",
  flags: {},
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["Description", "description"],
    // python asks the SDK object for "shared", an attribute it lacks: always empty
    ["Shared", "is_shared", () => ""],
  ],
});
