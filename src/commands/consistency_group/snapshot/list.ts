import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findConsistencyGroup } from "../../../api/volume/volumes.ts";
import type { Cell } from "../../../output/types.ts";
import { listCgsnapshots } from "../../../resources/volume/cgsnapshot.ts";

export default defineCommand({
  summary: "List consistency group snapshots",
  output: "list",
  flags: {
    allProjects: flag.boolean({ help: "Snapshots of every project (admin only)" }),
    long: flag.boolean({ help: "Show more columns" }),
    status: flag.string({
      metavar: "<status>",
      choices: ["available", "error", "creating", "deleting", "error_deleting"],
      help: "Only snapshots in this status",
    }),
    consistencyGroup: flag.string({
      metavar: "<consistency-group>",
      help: "Only snapshots of this consistency group (name or ID)",
    }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    const columns = f.long
      ? ["ID", "Status", "ConsistencyGroup ID", "Name", "Description", "Created At"]
      : ["ID", "Status", "Name"];
    const groupId = f.consistencyGroup
      ? (await findConsistencyGroup(svc, f.consistencyGroup)).id
      : undefined;
    const snapshots = await listCgsnapshots(svc, {
      all_tenants: f.allProjects ? "True" : undefined,
      consistencygroup_id: groupId,
      status: f.status || undefined,
    });
    const keys = columns.map((c) => c.toLowerCase().replaceAll(" ", "_"));
    return {
      kind: "list",
      columns,
      rows: snapshots.map((s) => keys.map((k) => (k in s ? s[k] : "") as Cell)),
    };
  },
});
