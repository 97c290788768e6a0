import { listCommand } from "../../../../kit/commands.ts";
import { serviceProfile } from "../../../../resources/network/service_profile.ts";

export default listCommand(serviceProfile, {
  summary: "List network flavor profiles",
  flags: {},
  columns: [
    ["ID", "id"],
    ["Driver", "driver"],
    ["Enabled", "is_enabled"],
    ["Metainfo", "meta_info"],
    ["Description", "description"],
  ],
});
