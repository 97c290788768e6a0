import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { credential } from "../../resources/identity/credential.ts";

export default defineCommand({
  summary: "Delete credentials",
  flags: {},
  positionals: [
    { name: "credentials", metavar: "<credential-id>", help: "Credential IDs", arity: "many" },
  ],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    // by ID only: python does not look the credentials up
    await deleteEach(
      ctx,
      "credential",
      positionals.credentials as string[],
      (id) => deleteItem(identity, credential, id),
      plainError,
      (id, why) => `Failed to delete credentials with ID '${id}': ${why}`,
      (failed, total) => `${failed} of ${total} credential failed to delete.`,
    );
  },
});
