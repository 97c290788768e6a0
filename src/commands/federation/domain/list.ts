import { listCommand } from "../../../kit/commands.ts";
import { accessibleDomains } from "../../../resources/identity/federation.ts";

export default listCommand(accessibleDomains, {
  summary: "List the domains the token may be scoped to",
  flags: {},
  columns: [["ID", "id"], ["Enabled", "enabled"], ["Name", "name"], [
    "Description",
    "description",
  ]],
  wording: "plain",
});
