import { flag } from "../../../../cli/flags.ts";
import { updateCommand } from "../../../../kit/commands.ts";
import { findItem } from "../../../../kit/resource.ts";
import { OscError } from "../../../../errors.ts";
import { segmentRange } from "../../../../resources/network/segment_range.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../../_extra_property.ts";
import { requireSegmentRanges } from "./_extension.ts";

export default updateCommand(segmentRange, {
  summary: "Change a network segment range",
  positional: {
    name: "networkSegmentRange",
    metavar: "<network-segment-range>",
    help: "Range (name or ID)",
  },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    minimum: flag.integer({ metavar: "<minimum-segmentation-id>", help: "New first ID" }),
    maximum: flag.integer({ metavar: "<maximum-segmentation-id>", help: "New last ID" }),
  },
  async find({ flags: f, svc }, nameOrId) {
    await requireSegmentRanges(svc, "set");
    // python tests truthiness: a 0 counts as not given
    if (!f.minimum !== !f.maximum) throw new OscError("--minimum and --maximum are both required");
    return await findItem(svc, segmentRange, nameOrId);
  },
  body: ({ flags: f }) =>
    withExtraAttributes({
      ...(f.name ? { name: f.name } : {}),
      ...(f.minimum ? { minimum: f.minimum } : {}),
      ...(f.maximum ? { maximum: f.maximum } : {}),
    }, parseExtraProperties(f.extraProperty)),
});
