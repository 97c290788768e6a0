import { findService } from "../../kit/identity.ts";
import { deleteItem } from "../../kit/resource.ts";
import { service } from "../../resources/identity/service.ts";
import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";

export default defineCommand({
  summary: "Delete catalog services",
  flags: {},
  positionals: [{
    name: "services",
    metavar: "<service>",
    help: "Services (types, names or IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    await deleteEach(
      ctx,
      "service",
      positionals.services as string[],
      async (x) => await deleteItem(identity, service, (await findService(identity, x)).id),
      plainError,
      // python's line says "consumer"
      (item, why) => `Failed to delete consumer with type, name or ID '${item}': ${why}`,
    );
  },
});
