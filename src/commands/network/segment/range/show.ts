import { showCommand } from "../../../../kit/commands.ts";
import { findItem } from "../../../../kit/resource.ts";
import { segmentRange } from "../../../../resources/network/segment_range.ts";
import { requireSegmentRanges } from "./_extension.ts";

export default showCommand(segmentRange, {
  summary: "Show a network segment range",
  positional: {
    name: "networkSegmentRange",
    metavar: "<network-segment-range>",
    help: "Range (name or ID)",
  },
  async find({ svc }, nameOrId) {
    await requireSegmentRanges(svc, "show");
    return await findItem(svc, segmentRange, nameOrId);
  },
});
