import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { listComputeServices, SDK_SERVICE_MAX } from "../../../api/compute/services.ts";
import { sdkMicroversion, supports } from "../../../kit/versions.ts";
import type { Cell } from "../../../output/types.ts";
import { computeVersionPinned } from "../../_common.ts";

const COLUMNS: [string, string][] = [
  ["ID", "id"],
  ["Binary", "binary"],
  ["Host", "host"],
  ["Zone", "zone"],
  ["Status", "status"],
  ["State", "state"],
  ["Updated At", "updated_at"],
];

export default defineCommand({
  summary: "List compute services (from compute API 2.53 their IDs are UUIDs)",
  output: "list",
  flags: {
    host: flag.string({ metavar: "<host>", help: "Only the services of this host" }),
    service: flag.string({
      metavar: "<service>",
      help: "Only this binary (nova-compute, nova-conductor, …)",
    }),
    long: flag.boolean({ help: "Add the disabled reason (and forced down from 2.11)" }),
  },
  async run({ flags: f }, ctx) {
    const compute = await ctx.service("compute");
    const mv = sdkMicroversion(compute, computeVersionPinned(ctx), SDK_SERVICE_MAX);
    const columns = [...COLUMNS];
    if (f.long) {
      columns.push(["Disabled Reason", "disabled_reason"]);
      if (supports(compute, "2.11")) columns.push(["Forced Down", "forced_down"]);
    }
    const services = await sdkCall(
      listComputeServices(compute, mv, { host: f.host, binary: f.service }),
    );
    return {
      kind: "list",
      columns: columns.map(([c]) => c),
      rows: services.map((s) =>
        columns.map(([, k]) => {
          const v = s[k] ?? null;
          // openstacksdk's is_forced_down is a bool attribute
          return (k === "forced_down" && v !== null ? Boolean(v) : v) as Cell;
        })
      ),
    };
  },
});
