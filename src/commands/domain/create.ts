import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { identityFind } from "../../kit/identity.ts";
import { enableFlags, immutableFlags, immutableOptions } from "../../kit/identity_flags.ts";
import { domain } from "../../resources/identity/domain.ts";

export default createCommand(domain, {
  summary: "Create a domain",
  positionals: [{ name: "name", metavar: "<domain-name>", help: "Name of the new domain" }],
  flags: {
    description: flag.string({ metavar: "<description>", help: "Description" }),
    ...enableFlags("domain (the default)"),
    orShow: flag.boolean({ help: "Show the domain if it exists already" }),
    ...immutableFlags("domain"),
  },
  wording: "plain",
  body: ({ flags: f, positionals }) => ({
    name: positionals.name,
    description: f.description,
    options: immutableOptions(f),
    enabled: !f.disable,
  }),
  conflict: async ({ flags: f, positionals, svc }) =>
    f.orShow
      ? await identityFind(svc, domain, positionals.name as string, { forbiddenAsId: false })
      : undefined,
});
