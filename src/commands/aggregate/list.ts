import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { aggregate, metadataWithoutZone } from "../../resources/compute/aggregate.ts";

const COLUMNS = [["ID", "id"], ["Name", "name"], [
  "Availability Zone",
  "availability_zone",
]] as const;

export default listCommand(aggregate, {
  summary: "List aggregates",
  flags: { long: flag.boolean({ help: "Show properties and hosts too" }) },
  columns: COLUMNS,
  long: [...COLUMNS, ["Properties", "metadata", metadataWithoutZone], ["Hosts", "hosts"]],
});
