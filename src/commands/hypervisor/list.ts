import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import {
  hypervisorVersion,
  listHypervisors,
  searchHypervisors,
} from "../../api/compute/hypervisors.ts";
import type { Cell } from "../../output/types.ts";
import { needsCompute } from "../server/_microversion.ts";
import { computeVersionPinned } from "../_common.ts";

const COLUMNS: [string, string][] = [
  ["ID", "id"],
  ["Hypervisor Hostname", "hypervisor_hostname"],
  ["Hypervisor Type", "hypervisor_type"],
  ["Host IP", "host_ip"],
  ["State", "state"],
];
const LONG: [string, string][] = [
  ["vCPUs Used", "vcpus_used"],
  ["vCPUs", "vcpus"],
  ["Memory MB Used", "memory_mb_used"],
  ["Memory MB", "memory_mb"],
];

export default defineCommand({
  summary: "List hypervisors",
  output: "list",
  flags: {
    matching: flag.string({ metavar: "<hostname>", help: "Only hostnames containing this" }),
    marker: flag.string({
      metavar: "<marker>",
      help: "Start after this hypervisor (ID; microversion 2.33+)",
    }),
    limit: flag.integer({
      metavar: "<limit>",
      help: "Show at most this many hypervisors (microversion 2.33+)",
    }),
    long: flag.boolean({ help: "Show usage columns too" }),
  },
  async run({ flags: f }, ctx) {
    if (f.matching && (f.marker || f.limit)) {
      throw new OscError("--matching is not compatible with --marker or --limit");
    }
    const compute = await ctx.service("compute");
    const mv = hypervisorVersion(compute, computeVersionPinned(ctx));
    if (f.marker) needsCompute(mv, "2.33", "the --marker option");
    if (f.limit) needsCompute(mv, "2.33", "the --limit option");
    const items = f.matching
      ? await searchHypervisors(compute, mv, f.matching)
      : await listHypervisors(compute, mv, {
        limit: f.limit || undefined,
        marker: f.marker || undefined,
      });
    const columns = f.long ? [...COLUMNS, ...LONG] : COLUMNS;
    return {
      kind: "list",
      columns: columns.map(([h]) => h),
      rows: items.map((h) => columns.map(([, k]) => (k in h ? h[k] : "") as Cell)),
    };
  },
});
