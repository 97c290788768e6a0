import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listAgents } from "../../../api/compute/agents.ts";
import type { Cell } from "../../../output/types.ts";

const COLUMNS: [string, string][] = [
  ["Agent ID", "agent_id"],
  ["Hypervisor", "hypervisor"],
  ["OS", "os"],
  ["Architecture", "architecture"],
  ["Version", "version"],
  ["Md5Hash", "md5hash"],
  ["URL", "url"],
];

export default defineCommand({
  summary: "List compute agents (XenAPI only; gone from Nova since Wallaby)",
  output: "list",
  flags: {
    hypervisor: flag.string({ metavar: "<hypervisor>", help: "Only this hypervisor type" }),
  },
  async run({ flags: f }, ctx) {
    const compute = await ctx.service("compute");
    const agents = await listAgents(compute, f.hypervisor || undefined);
    return {
      kind: "list",
      columns: COLUMNS.map(([h]) => h),
      rows: agents.map((a) => COLUMNS.map(([, k]) => (k in a ? a[k] : "") as Cell)),
    };
  },
});
