import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { aggregate } from "../../resources/compute/aggregate.ts";
import { runAction } from "./_aggregate.ts";

export default updateCommand(aggregate, {
  summary: "Remove aggregate properties",
  positional: { name: "aggregate", metavar: "<aggregate>", help: "Aggregate (name or ID)" },
  flags: {
    property: flag.list({ metavar: "<key>", help: "Property to remove (repeatable)" }),
  },
  body: () => undefined,
  async after({ flags: f, ctx, svc }, item) {
    if (!f.property.length) return;
    const metadata = Object.fromEntries(f.property.map((k) => [k, null]));
    await runAction(ctx, svc, item, { set_metadata: { metadata } });
  },
});
