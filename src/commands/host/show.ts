import { defineCommand } from "../../cli/command.ts";
import { ksaCall, showHost } from "../../api/compute/hosts.ts";
import type { Cell } from "../../output/types.ts";

export default defineCommand({
  summary: "Show a host's resources, in total and per project",
  output: "list",
  flags: {},
  positionals: [{ name: "host", metavar: "<host>", help: "Host name" }],
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    const rows = await ksaCall(showHost(compute, positionals.host as string));
    const keys = ["host", "project", "cpu", "memory_mb", "disk_gb"];
    return {
      kind: "list",
      columns: ["Host", "Project", "CPU", "Memory MB", "Disk GB"],
      rows: rows.map((r) => keys.map((k) => (r[k] ?? "") as Cell)),
    };
  },
});
