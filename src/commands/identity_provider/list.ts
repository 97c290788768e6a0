import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { identityProvider } from "../../resources/identity/federation.ts";

export default listCommand(identityProvider, {
  summary: "List identity providers",
  flags: {
    id: flag.string({ metavar: "<id>", help: "Only the provider with this ID" }),
    enabled: flag.boolean({ help: "Only enabled providers" }),
  },
  columns: [["ID", "id"], ["Enabled", "enabled"], ["Domain ID", "domain_id"], [
    "Description",
    "description",
  ]],
  wording: "plain",
  // python's keystoneclient refuses an `id` filter (a TypeError); Keystone takes it
  query: (f) => ({ id: f.id, enabled: f.enabled ? "True" : undefined }),
});
