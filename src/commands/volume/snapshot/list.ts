import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findVolume, volumeNames } from "../../../api/volume/volumes.ts";
import { listSnapshots } from "../../../api/volume/snapshots.ts";
import { dictColumn } from "../../../columns/format.ts";
import { type Cell, formatted } from "../../../output/types.ts";
import { projectId } from "../../../kit/shared.ts";
import { pyStr } from "../../../output/pyrepr.ts";

const STATUSES = ["available", "error", "creating", "deleting", "error_deleting"];

export default defineCommand({
  summary: "List volume snapshots",
  output: "list",
  flags: {
    allProjects: flag.boolean({ help: "Snapshots of every project (admin only)" }),
    project: flag.string({
      metavar: "<project>",
      help: "Only snapshots of this project (name or ID; admin only)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
    long: flag.boolean({ help: "Show more columns" }),
    marker: flag.string({ metavar: "<volume-snapshot>", help: "Start after this snapshot (ID)" }),
    limit: flag.integer({
      nonNegative: true,
      metavar: "<num-snapshots>",
      help: "Show at most this many snapshots",
    }),
    name: flag.string({ metavar: "<name>", help: "Only snapshots with this name" }),
    status: flag.string({
      metavar: "<status>",
      choices: STATUSES,
      help: "Only snapshots in this status",
    }),
    volume: flag.string({
      metavar: "<volume>",
      help: "Only snapshots of this volume (name or ID)",
    }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    // the caller's own volumes name the "Volume" column (only --long shows it)
    const names = f.long ? await volumeNames(svc) : new Map<string, unknown>();
    const volumeId = f.volume ? (await findVolume(svc, f.volume)).id : undefined;
    const project = f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined;
    const snapshots = await listSnapshots(svc, {
      allTenants: !!f.project || f.allProjects,
      projectId: project,
      name: f.name,
      status: f.status,
      volumeId,
    }, { limit: f.limit || undefined, marker: f.marker || undefined });
    const columns = ["ID", "Name", "Description", "Status", "Size"];
    if (f.long) columns.push("Created At", "Volume", "Properties");
    return {
      kind: "list",
      columns,
      rows: snapshots.map((s) => {
        const row: Cell[] = [s.id, s.name, s.description, s.status, s.size].map((v) =>
          (v === undefined ? "" : v) as Cell
        );
        if (f.long) {
          const vid = s.volume_id as string;
          row.push(
            (s.created_at ?? "") as Cell,
            formatted(pyStr(names.has(vid) ? names.get(vid) : vid), vid),
            dictColumn(s.metadata as Record<string, unknown> | undefined),
          );
        }
        return row;
      }),
    };
  },
});
