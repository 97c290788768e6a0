import { deleteCommand } from "../../../kit/commands.ts";
import { meteringLabel } from "../../../resources/network/metering_label.ts";

export default deleteCommand(meteringLabel, {
  summary: "Delete network meters",
  positional: { name: "meter", metavar: "<meter>", help: "Meters (names or IDs)" },
  noun: "meter",
  // python's line says "with ID" although a name is found too
  line: (item, why) => `Failed to delete meter with ID '${item}': ${why}`,
});
