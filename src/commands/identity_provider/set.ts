import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { enabledAttr } from "../../kit/identity_flags.ts";
import { identityProvider, remoteIds } from "../../resources/identity/federation.ts";

export default updateCommand(identityProvider, {
  summary: "Change an identity provider",
  positional: { name: "provider", metavar: "<identity-provider>", help: "Identity provider (ID)" },
  flags: {
    description: flag.string({ metavar: "<description>", help: "New description" }),
    remoteId: flag.list({
      group: "remote",
      metavar: "<remote-id>",
      help: "Remote ID of the provider, replacing the present ones (repeatable)",
    }),
    remoteIdFile: flag.string({
      group: "remote",
      metavar: "<file-name>",
      help: "File holding the new remote IDs, one a line",
    }),
    enable: flag.boolean({ group: "enable", help: "Enable the provider" }),
    disable: flag.boolean({ group: "enable", help: "Disable the provider" }),
  },
  wording: "plain",
  // python PATCHes the ID as typed, without looking it up
  find: (_w, id) => Promise.resolve({ id }),
  async body({ flags: f }) {
    const ids = await remoteIds(f);
    return {
      ...(f.description ? { description: f.description } : {}),
      ...enabledAttr(f),
      ...(ids && (f.remoteIdFile || f.remoteId.length) ? { remote_ids: ids } : {}),
    };
  },
});
