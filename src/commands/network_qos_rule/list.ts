import { defineCommand } from "../../cli/command.ts";
import { worded } from "../../kit/wording.ts";
import type { Cell } from "../../output/types.ts";
import { findPolicy, policyPositional } from "./_rule.ts";

const COLUMNS = [
  ["ID", "id"],
  ["QoS Policy ID", "qos_policy_id"],
  ["Type", "type"],
  ["Max Kbps", "max_kbps"],
  ["Max Burst Kbits", "max_burst_kbps"],
  ["Min Kbps", "min_kbps"],
  ["Min Kpps", "min_kpps"],
  ["DSCP mark", "dscp_mark"],
  ["Direction", "direction"],
] as const;

export default defineCommand({
  summary: "List the rules of a network QoS policy",
  output: "list",
  flags: {},
  positionals: [policyPositional],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    const policy = await worded("sdk", findPolicy(svc, positionals.qosPolicy as string));
    const rules = (policy.rules ?? []) as Record<string, unknown>[];
    return {
      kind: "list",
      columns: COLUMNS.map(([h]) => h),
      // the policy's own rule dicts: a key a type lacks is an empty string
      rows: rules.map((r) => COLUMNS.map(([, k]) => (k in r ? r[k] : "") as Cell)),
    };
  },
});
