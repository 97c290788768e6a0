import { defineCommand } from "../../../cli/command.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { findCgsnapshot } from "../../../resources/volume/cgsnapshot.ts";

export default defineCommand({
  summary: "Show a consistency group snapshot",
  output: "show",
  flags: {},
  positionals: [{
    name: "snapshot",
    metavar: "<consistency-group-snapshot>",
    help: "Consistency group snapshot (name or ID)",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    return bodyShowResult(await findCgsnapshot(svc, positionals.snapshot as string));
  },
});
