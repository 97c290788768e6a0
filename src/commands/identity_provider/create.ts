import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { domainIdOf } from "../../kit/identity.ts";
import { identityProvider, putItem, remoteIds } from "../../resources/identity/federation.ts";

export default createCommand(identityProvider, {
  summary: "Create an identity provider",
  positionals: [{ name: "name", metavar: "<name>", help: "ID of the new identity provider" }],
  flags: {
    remoteId: flag.list({
      group: "remote",
      metavar: "<remote-id>",
      help: "Remote ID of the provider (repeatable)",
    }),
    remoteIdFile: flag.string({
      group: "remote",
      metavar: "<file-name>",
      help: "File holding remote IDs, one a line",
    }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    domain: flag.string({
      metavar: "<domain>",
      help: "Domain of the provider's users (name or ID; default: Keystone makes one)",
    }),
    enable: flag.boolean({ group: "enable", help: "Enable the provider (the default)" }),
    disable: flag.boolean({ group: "enable", help: "Disable the provider" }),
  },
  wording: "plain",
  body: async ({ flags: f, svc }) => {
    // the file is read before the domain is looked up, as python does
    const ids = await remoteIds(f);
    return {
      remote_ids: ids ?? null,
      description: f.description ?? null,
      domain_id: (await domainIdOf(svc, f.domain)) ?? null,
      enabled: !f.disable,
    };
  },
  create: ({ positionals, svc }, attrs) =>
    putItem(svc, identityProvider, positionals.name as string, attrs),
  after: (_w, item) => Promise.resolve({ ...item, remote_ids: item.remote_ids ?? [] }),
});
