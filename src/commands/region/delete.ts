import { defineCommand } from "../../cli/command.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteItem } from "../../kit/resource.ts";
import { region } from "../../resources/identity/region.ts";

export default defineCommand({
  summary: "Delete regions",
  flags: {},
  positionals: [{ name: "regions", metavar: "<region-id>", help: "Regions (IDs)", arity: "many" }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    // by ID as typed, without a lookup
    await deleteEach(
      ctx,
      "region",
      positionals.regions as string[],
      (id) => deleteItem(identity, region, id),
      plainError,
      (item, why) => `Failed to delete region with ID '${item}': ${why}`,
    );
  },
});
