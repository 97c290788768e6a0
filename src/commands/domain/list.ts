import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { domain } from "../../resources/identity/domain.ts";

export default listCommand(domain, {
  summary: "List domains",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Only the domain with this name" }),
    enabled: flag.boolean({ help: "Only enabled domains" }),
  },
  columns: [["ID", "id"], ["Name", "name"], ["Enabled", "enabled"], ["Description", "description"]],
  wording: "plain",
  // keystoneclient sends python's str(True)
  query: (f) => ({ name: f.name || undefined, enabled: f.enabled ? "True" : undefined }),
});
