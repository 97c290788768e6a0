import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { ksaCall, listHosts } from "../../api/compute/hosts.ts";
import type { Cell } from "../../output/types.ts";

export default defineCommand({
  summary: "List compute hosts and their services",
  output: "list",
  flags: {
    zone: flag.string({ metavar: "<zone>", help: "Only hosts in this availability zone" }),
  },
  async run({ flags: f }, ctx) {
    const compute = await ctx.service("compute");
    const hosts = await ksaCall(listHosts(compute, f.zone || undefined));
    return {
      kind: "list",
      columns: ["Host Name", "Service", "Zone"],
      rows: hosts.map((h) => ["host_name", "service", "zone"].map((k) => (h[k] ?? "") as Cell)),
    };
  },
});
