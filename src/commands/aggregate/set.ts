import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { aggregate } from "../../resources/compute/aggregate.ts";
import { keyValuePairs } from "../_common.ts";
import { runAction } from "./_aggregate.ts";

export default updateCommand(aggregate, {
  summary: "Change an aggregate's name, zone or properties",
  positional: { name: "aggregate", metavar: "<aggregate>", help: "Aggregate (name or ID)" },
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    zone: flag.string({ metavar: "<availability-zone>", help: "New availability zone" }),
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
    noProperty: flag.boolean({
      help: "Remove every property first (with --property: replace them)",
    }),
  },
  validate: (f) => void keyValuePairs(f.property),
  // python skips the update when neither name nor zone is given
  body: ({ flags: f }) =>
    f.name || f.zone
      ? { ...(f.name ? { name: f.name } : {}), ...(f.zone ? { availability_zone: f.zone } : {}) }
      : undefined,
  async after({ flags: f, ctx, svc }, item) {
    const properties: Record<string, string | null> = {};
    if (f.noProperty) {
      // the zone cannot be unset through the metadata
      for (const key of Object.keys((item.metadata ?? {}) as Record<string, unknown>)) {
        if (key !== "availability_zone") properties[key] = null;
      }
    }
    Object.assign(properties, Object.fromEntries(keyValuePairs(f.property)));
    if (Object.keys(properties).length) {
      await runAction(ctx, svc, item, { set_metadata: { metadata: properties } });
    }
  },
});
