import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { immutableFlags, immutableOptions } from "../../kit/identity_flags.ts";
import { role } from "../../resources/identity/role.ts";
import { findRole } from "./_role.ts";

export default updateCommand(role, {
  summary: "Change a role",
  positional: { name: "role", metavar: "<role>", help: "Role (name or ID)" },
  flags: {
    description: flag.string({ metavar: "<description>", help: "New description" }),
    domain: flag.string({ metavar: "<domain>", help: "Domain of the role (name or ID)" }),
    name: flag.string({ metavar: "<name>", help: "New name" }),
    ...immutableFlags("role"),
  },
  wording: "plain",
  find: ({ flags: f, svc }, nameOrId) => findRole(svc, nameOrId, f.domain),
  // keystoneclient leaves out what is None; the options always go
  body: ({ flags: f }) => ({
    ...(f.name !== undefined ? { name: f.name } : {}),
    ...(f.description !== undefined ? { description: f.description } : {}),
    options: immutableOptions(f),
  }),
});
