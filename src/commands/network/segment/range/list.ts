import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { listResult } from "../../../../kit/attrs.ts";
import { listAll } from "../../../../kit/resource.ts";
import { worded } from "../../../../kit/wording.ts";
import { segmentRange } from "../../../../resources/network/segment_range.ts";
import { requireSegmentRanges } from "./_extension.ts";

const COLUMNS = [
  ["ID", "id"],
  ["Name", "name"],
  ["Default", "default"],
  ["Shared", "shared"],
  ["Project ID", "project_id"],
  ["Network Type", "network_type"],
  ["Physical Network", "physical_network"],
  ["Minimum ID", "minimum"],
  ["Maximum ID", "maximum"],
] as const;

const isEmpty = (v: unknown) =>
  v === null || v === undefined ||
  (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);

export default defineCommand({
  summary: "List network segment ranges",
  output: "list",
  flags: {
    long: flag.boolean({ help: "Also show used and available IDs" }),
    used: flag.boolean({ group: "used", help: "Only ranges with IDs in use" }),
    unused: flag.boolean({ group: "used", help: "Only ranges with no ID in use" }),
    available: flag.boolean({ group: "available", help: "Only ranges with free IDs" }),
    unavailable: flag.boolean({ group: "available", help: "Only ranges with no free ID" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("network");
    await requireSegmentRanges(svc, "list");
    const all = await worded("sdk", listAll(svc, segmentRange));
    // python filters on the values as Neutron sends them, and any filter implies --long
    const items = all.filter((i) =>
      !(f.available && isEmpty(i.available) || f.unavailable && !isEmpty(i.available) ||
        f.used && isEmpty(i.used) || f.unused && !isEmpty(i.used))
    );
    const long = f.long || f.available || f.unavailable || f.used || f.unused;
    return listResult(
      segmentRange.attrs,
      items,
      long ? [...COLUMNS, ["Used", "used"], ["Available", "available"]] : COLUMNS,
    );
  },
});
