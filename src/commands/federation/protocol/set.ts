import { flag } from "../../../cli/flags.ts";
import { defineCommand } from "../../../cli/command.ts";
import { updateItem } from "../../../kit/resource.ts";
import { protocols } from "../../../resources/identity/federation.ts";

export default defineCommand({
  summary: "Change a federation protocol",
  positionals: [{ name: "protocol", metavar: "<name>", help: "Protocol (ID)" }],
  flags: {
    identityProvider: flag.string({
      metavar: "<identity-provider>",
      required: true,
      help: "Identity provider of the protocol (ID)",
    }),
    mapping: flag.string({ metavar: "<mapping>", help: "Mapping the protocol uses (ID)" }),
  },
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = protocols(f.identityProvider!);
    await updateItem(identity, r, positionals.protocol as string, {
      ...(f.mapping === undefined ? {} : { mapping_id: f.mapping }),
    });
  },
});
