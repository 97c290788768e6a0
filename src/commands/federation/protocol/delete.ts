import { flag } from "../../../cli/flags.ts";
import { defineCommand } from "../../../cli/command.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";
import { deleteItem } from "../../../kit/resource.ts";
import { protocols } from "../../../resources/identity/federation.ts";

export default defineCommand({
  summary: "Delete federation protocols",
  flags: {
    identityProvider: flag.string({
      metavar: "<identity-provider>",
      required: true,
      help: "Identity provider of the protocols (ID)",
    }),
  },
  positionals: [{
    name: "protocols",
    metavar: "<federation-protocol>",
    help: "Protocols (IDs)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = protocols(f.identityProvider!);
    await deleteEach(
      ctx,
      "federation protocol",
      positionals.protocols as string[],
      (id) => deleteItem(identity, r, id),
      plainError,
    );
  },
});
