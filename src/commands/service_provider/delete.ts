import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { serviceProvider } from "../../resources/identity/federation.ts";

export default defineCommand({
  summary: "Delete service providers",
  flags: {},
  positionals: [{
    name: "providers",
    metavar: "<service-provider>",
    help: "Service providers (IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    // by ID as typed, without a lookup
    await deleteEach(
      ctx,
      "service provider",
      positionals.providers as string[],
      (id) => deleteItem(identity, serviceProvider, id),
      plainError,
    );
  },
});
