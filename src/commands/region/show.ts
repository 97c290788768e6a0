import { showCommand } from "../../kit/commands.ts";
import { region } from "../../resources/identity/region.ts";

export default showCommand(region, {
  summary: "Show a region",
  positional: { name: "region", metavar: "<region-id>", help: "Region (ID)" },
  wording: "plain",
});
