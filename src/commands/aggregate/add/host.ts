import { defineCommand } from "../../../cli/command.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { showResult } from "../../../kit/attrs.ts";
import { aggregate } from "../../../resources/compute/aggregate.ts";
import { findAggregate, runAction } from "../_aggregate.ts";

export default defineCommand({
  summary: "Add a host to an aggregate",
  output: "show",
  flags: {},
  positionals: [
    { name: "aggregate", metavar: "<aggregate>", help: "Aggregate (name or ID)" },
    { name: "host", metavar: "<host>", help: "Compute host to add" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const item = await sdkCall((async () => {
      const found = await findAggregate(compute, p.aggregate as string);
      return await runAction(ctx, compute, found, { add_host: { host: p.host } });
    })());
    return showResult(aggregate.attrs, item);
  },
});
