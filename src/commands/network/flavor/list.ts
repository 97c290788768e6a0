import { listCommand } from "../../../kit/commands.ts";
import { networkFlavor } from "../../../resources/network/network_flavor.ts";

export default listCommand(networkFlavor, {
  summary: "List network flavors",
  flags: {},
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["Enabled", "is_enabled"],
    ["Service Type", "service_type"],
    ["Description", "description"],
  ],
});
