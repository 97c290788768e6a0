import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { aggregate } from "../../resources/compute/aggregate.ts";
import { keyValuePairs } from "../_common.ts";
import { runAction } from "./_aggregate.ts";

export default createCommand(aggregate, {
  summary: "Create an aggregate",
  flags: {
    zone: flag.string({ metavar: "<availability-zone>", help: "Availability zone name" }),
    property: flag.list({ metavar: "<key=value>", help: "Property to set (repeatable)" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new aggregate" }],
  body({ flags: f, positionals }) {
    // a bad --property fails before anything is made, as argparse's does
    keyValuePairs(f.property);
    return { name: positionals.name, ...(f.zone ? { availability_zone: f.zone } : {}) };
  },
  async after({ flags: f, ctx, svc }, made) {
    const properties = Object.fromEntries(keyValuePairs(f.property));
    if (!Object.keys(properties).length) return made;
    return await runAction(ctx, svc, made, { set_metadata: { metadata: properties } });
  },
});
