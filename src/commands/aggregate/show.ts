import { showCommand } from "../../kit/commands.ts";
import { aggregate } from "../../resources/compute/aggregate.ts";
import { metadataWithoutZone } from "../../resources/compute/aggregate.ts";
import { defineResource } from "../../kit/resource.ts";

// show leaves the zone out of the properties (list --long too; create and the actions do not)
const shownAggregate = defineResource({
  ...aggregate,
  attrs: {
    ...aggregate.attrs,
    metadata: { ...aggregate.attrs.metadata, format: metadataWithoutZone },
  },
});

export default showCommand(shownAggregate, {
  summary: "Show an aggregate",
  positional: { name: "aggregate", metavar: "<aggregate>", help: "Aggregate (name or ID)" },
});
