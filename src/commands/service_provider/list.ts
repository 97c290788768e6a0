import { listCommand } from "../../kit/commands.ts";
import { serviceProvider } from "../../resources/identity/federation.ts";

export default listCommand(serviceProvider, {
  summary: "List service providers",
  flags: {},
  columns: [["ID", "id"], ["Enabled", "enabled"], ["Description", "description"], [
    "Auth URL",
    "auth_url",
  ]],
  wording: "plain",
});
