import { listCommand } from "../../../kit/commands.ts";
import { accessibleProjects } from "../../../resources/identity/federation.ts";

export default listCommand(accessibleProjects, {
  summary: "List the projects the token may be scoped to",
  flags: {},
  columns: [["ID", "id"], ["Domain ID", "domain_id"], ["Enabled", "enabled"], ["Name", "name"]],
  wording: "plain",
});
