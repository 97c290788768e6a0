import { flag } from "../../../cli/flags.ts";
import { defineCommand } from "../../../cli/command.ts";
import { shown } from "../../../kit/commands.ts";
import { protocols, putItem } from "../../../resources/identity/federation.ts";

export default defineCommand({
  summary: "Create a federation protocol",
  output: "show",
  positionals: [{ name: "protocol", metavar: "<name>", help: "ID of the new protocol" }],
  flags: {
    identityProvider: flag.string({
      metavar: "<identity-provider>",
      required: true,
      help: "Identity provider of the protocol (ID)",
    }),
    mapping: flag.string({
      metavar: "<mapping>",
      required: true,
      help: "Mapping the protocol uses (ID)",
    }),
  },
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = protocols(f.identityProvider!);
    const item = await putItem(identity, r, positionals.protocol as string, {
      mapping_id: f.mapping,
    });
    // Keystone's answer has no identity provider: python shows the one typed
    return shown(r, { ...item, identity_provider: f.identityProvider });
  },
});
