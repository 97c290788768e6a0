import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { domainIdOf, identityFind } from "../../kit/identity.ts";
import { immutableFlags, immutableOptions } from "../../kit/identity_flags.ts";
import { role } from "../../resources/identity/role.ts";

export default createCommand(role, {
  summary: "Create a role",
  positionals: [{ name: "name", metavar: "<role-name>", help: "Name of the new role" }],
  flags: {
    description: flag.string({ metavar: "<description>", help: "Description" }),
    domain: flag.string({
      metavar: "<domain>",
      help: "Domain of the role (name or ID); none: a global role",
    }),
    orShow: flag.boolean({ help: "Show the role if it exists already" }),
    ...immutableFlags("role"),
  },
  wording: "plain",
  body: async ({ flags: f, positionals, svc }) => ({
    name: positionals.name,
    domain_id: await domainIdOf(svc, f.domain),
    description: f.description,
    options: immutableOptions(f),
  }),
  async conflict({ flags: f, positionals, svc }) {
    if (!f.orShow) return undefined;
    const domainId = await domainIdOf(svc, f.domain);
    return await identityFind(svc, role, positionals.name as string, {
      domainId,
      forbiddenAsId: false,
    });
  },
});
