import { defineCommand } from "../../cli/command.ts";
import { deleteFlavor, sdkFindFlavor, sdkFlavorHeaders } from "../../api/compute/flavors.ts";
import { deleteEach } from "../../kit/bulk.ts";
import { computeVersionPinned } from "../_common.ts";

export default defineCommand({
  summary: "Delete flavor(s)",
  flags: {},
  positionals: [{
    name: "flavor",
    metavar: "<flavor>",
    help: "Flavors to delete (names or IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    const headers = sdkFlavorHeaders(compute, computeVersionPinned(ctx));
    await deleteEach(ctx, "flavor", positionals.flavor as string[], async (nameOrId) => {
      const found = await sdkFindFlavor(compute, nameOrId, headers);
      await deleteFlavor(compute, found.id, headers);
    });
  },
});
