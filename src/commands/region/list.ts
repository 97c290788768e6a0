import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { region } from "../../resources/identity/region.ts";

export default listCommand(region, {
  summary: "List regions",
  flags: {
    parentRegion: flag.string({ metavar: "<region-id>", help: "Only children of this region" }),
  },
  columns: [["Region", "id"], ["Parent Region", "parent_region_id"], [
    "Description",
    "description",
  ]],
  wording: "plain",
  query: (f) => ({ parent_region_id: f.parentRegion || undefined }),
});
