import { flag } from "../../../cli/flags.ts";
import { defineCommand } from "../../../cli/command.ts";
import { shown } from "../../../kit/commands.ts";
import { getItem } from "../../../kit/resource.ts";
import { protocols } from "../../../resources/identity/federation.ts";

export default defineCommand({
  summary: "Show a federation protocol",
  output: "show",
  positionals: [{ name: "protocol", metavar: "<federation-protocol>", help: "Protocol (ID)" }],
  flags: {
    identityProvider: flag.string({
      metavar: "<identity-provider>",
      required: true,
      help: "Identity provider of the protocol (ID)",
    }),
  },
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = protocols(f.identityProvider!);
    return shown(r, await getItem(identity, r, positionals.protocol as string));
  },
});
