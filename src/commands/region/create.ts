import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { region } from "../../resources/identity/region.ts";

export default createCommand(region, {
  summary: "Create a region",
  positionals: [{ name: "region", metavar: "<region-id>", help: "ID of the new region" }],
  flags: {
    parentRegion: flag.string({ metavar: "<region-id>", help: "Parent region (ID)" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
  },
  wording: "plain",
  // keystoneclient sends its deprecated `enabled` too
  body: ({ flags: f, positionals }) => ({
    id: positionals.region,
    description: f.description,
    enabled: true,
    parent_region_id: f.parentRegion,
  }),
});
