import { flag } from "../../cli/flags.ts";
import { showCommand } from "../../kit/commands.ts";
import { findRole } from "./_role.ts";
import { role } from "../../resources/identity/role.ts";

export default showCommand(role, {
  summary: "Show a role",
  positional: { name: "role", metavar: "<role>", help: "Role (name or ID)" },
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the role (name or ID)" }),
  },
  wording: "plain",
  find: ({ flags: f, svc }, nameOrId) => findRole(svc, nameOrId, f.domain),
});
