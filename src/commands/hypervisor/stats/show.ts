import { defineCommand } from "../../../cli/command.ts";
import { OscError } from "../../../errors.ts";
import { compareVersions } from "../../../http/microversion.ts";
import { hypervisorStatistics, hypervisorVersion } from "../../../api/compute/hypervisors.ts";
import { cmpCodePoints } from "../../../output/pyrepr.ts";
import type { Cell } from "../../../output/types.ts";
import { computeVersionPinned } from "../../_common.ts";

export default defineCommand({
  summary: "Show the hypervisors' combined resources",
  output: "show",
  flags: {},
  async run(_, ctx) {
    const compute = await ctx.service("compute");
    const mv = hypervisorVersion(compute, computeVersionPinned(ctx));
    if (mv && compareVersions(mv, "2.88") >= 0) {
      throw new OscError("The 'statistics' API is removed in API version 2.88 or later.");
    }
    const stats = await hypervisorStatistics(compute, mv);
    const keys = Object.keys(stats).sort(cmpCodePoints);
    return { kind: "show", fields: keys, values: keys.map((k) => stats[k] as Cell) };
  },
});
