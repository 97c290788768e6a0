import { defineCommand } from "../../cli/command.ts";
import { findConsistencyGroup } from "../../api/volume/volumes.ts";
import { bodyShowResult } from "../../kit/attrs.ts";

export default defineCommand({
  summary: "Show a consistency group",
  output: "show",
  flags: {},
  positionals: [{
    name: "consistencyGroup",
    metavar: "<consistency-group>",
    help: "Consistency group (name or ID)",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    return bodyShowResult(
      await findConsistencyGroup(svc, positionals.consistencyGroup as string),
    );
  },
});
