import { showCommand } from "../../../kit/commands.ts";
import { meteringLabel } from "../../../resources/network/metering_label.ts";

export default showCommand(meteringLabel, {
  summary: "Show a network meter",
  positional: { name: "meter", metavar: "<meter>", help: "Meter (name or ID)" },
});
