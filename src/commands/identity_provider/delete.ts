import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { identityProvider } from "../../resources/identity/federation.ts";

export default defineCommand({
  summary: "Delete identity providers",
  flags: {},
  positionals: [{
    name: "providers",
    metavar: "<identity-provider>",
    help: "Identity providers (IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    // by ID as typed, without a lookup
    await deleteEach(
      ctx,
      "identity providers",
      positionals.providers as string[],
      (id) => deleteItem(identity, identityProvider, id),
      plainError,
      undefined,
      (failed, total) => `${failed} of ${total} identity providers failed to delete.`,
    );
  },
});
