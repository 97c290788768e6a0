import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { region } from "../../resources/identity/region.ts";

export default updateCommand(region, {
  summary: "Change a region",
  positional: { name: "region", metavar: "<region-id>", help: "Region (ID)" },
  flags: {
    parentRegion: flag.string({ metavar: "<region-id>", help: "New parent region (ID)" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
  },
  wording: "plain",
  // python PATCHes the ID as typed, even with nothing to change
  find: (_w, id) => Promise.resolve({ id }),
  body: ({ flags: f }) => ({
    ...(f.description ? { description: f.description } : {}),
    ...(f.parentRegion ? { parent_region_id: f.parentRegion } : {}),
  }),
});
