import { defineCommand } from "../../../cli/command.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";
import { deleteItem, findItem } from "../../../kit/resource.ts";
import { applicationCredential } from "../../../resources/identity/application_credential.ts";

export default defineCommand({
  summary: "Delete application credentials",
  flags: {},
  positionals: [{
    name: "credentials",
    metavar: "<application-credential>",
    help: "Application credentials (names or IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = applicationCredential((await ctx.auth()).userId ?? "");
    await deleteEach(
      ctx,
      "application credential",
      positionals.credentials as string[],
      async (x) => {
        await deleteItem(identity, r, (await findItem(identity, r, x)).id);
      },
      plainError,
    );
  },
});
