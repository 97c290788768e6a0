import { defineCommand } from "../../../../cli/command.ts";
import { deleteEach } from "../../../../kit/bulk.ts";
import { deleteItem, findItem, idOf } from "../../../../kit/resource.ts";
import { deleteDescriber } from "../../../../kit/wording.ts";
import { segmentRange } from "../../../../resources/network/segment_range.ts";
import { requireSegmentRanges } from "./_extension.ts";

export default defineCommand({
  summary: "Delete network segment ranges",
  flags: {},
  positionals: [{
    name: "networkSegmentRange",
    metavar: "<network-segment-range>",
    help: "Ranges (names or IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    await requireSegmentRanges(svc, "delete");
    await deleteEach(
      ctx,
      "network segment range",
      positionals.networkSegmentRange as string[],
      async (nameOrId) => {
        await deleteItem(
          svc,
          segmentRange,
          idOf(segmentRange, await findItem(svc, segmentRange, nameOrId)),
        );
      },
      deleteDescriber("sdk"),
      (item, why) => `Failed to delete network segment range with ID '${item}': ${why}`,
    );
  },
});
