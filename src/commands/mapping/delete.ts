import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { mapping } from "../../resources/identity/federation.ts";

export default defineCommand({
  summary: "Delete mappings",
  flags: {},
  positionals: [{ name: "mappings", metavar: "<mapping>", help: "Mappings (IDs)", arity: "many" }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    // by ID as typed, without a lookup
    await deleteEach(
      ctx,
      "mapping",
      positionals.mappings as string[],
      (id) => deleteItem(identity, mapping, id),
      plainError,
    );
  },
});
