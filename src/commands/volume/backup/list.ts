import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { findVolume, volumeNames } from "../../../api/volume/volumes.ts";
import { findBackup, listBackups } from "../../../api/volume/backups.ts";
import { type Cell, formatted } from "../../../output/types.ts";
import { pyStr } from "../../../output/pyrepr.ts";

export default defineCommand({
  summary: "List volume backups",
  output: "list",
  flags: {
    long: flag.boolean({ help: "Show more columns" }),
    name: flag.string({ metavar: "<name>", help: "Only backups with this name" }),
    status: flag.string({
      metavar: "<status>",
      choices: ["creating", "available", "deleting", "error", "restoring", "error_restoring"],
      help: "Only backups in this status",
    }),
    volume: flag.string({ metavar: "<volume>", help: "Only backups of this volume (name or ID)" }),
    marker: flag.string({
      metavar: "<volume-backup>",
      help: "Start after this backup (name or ID)",
    }),
    limit: flag.integer({
      nonNegative: true,
      metavar: "<num-backups>",
      help: "Show at most this many backups",
    }),
    allProjects: flag.boolean({ help: "Backups of every project (admin only)" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    // the caller's own volumes name the "Volume" column (only --long shows it)
    const names = f.long ? await volumeNames(svc) : new Map<string, unknown>();
    let volumeId: string | undefined;
    if (f.volume) {
      try {
        volumeId = (await findVolume(svc, f.volume)).id;
      } catch (e) {
        // no such volume: python still asks for the backups of that ID
        if (!(e instanceof OscError) || "status" in e) throw e;
        volumeId = f.volume;
      }
    }
    const marker = f.marker ? (await findBackup(svc, f.marker)).id : undefined;
    const backups = await listBackups(svc, {
      allTenants: f.allProjects,
      name: f.name,
      status: f.status,
      volumeId,
    }, { limit: f.limit || undefined, marker });
    const columns = ["ID", "Name", "Description", "Status", "Size"];
    if (f.long) columns.push("Availability Zone", "Volume", "Container");
    const value = (v: unknown) => (v === undefined ? "" : v) as Cell;
    return {
      kind: "list",
      columns,
      rows: backups.map((b) => {
        const row = [b.id, b.name, b.description, b.status, b.size].map(value);
        if (f.long) {
          const vid = b.volume_id as string;
          row.push(
            value(b.availability_zone),
            formatted(pyStr(names.has(vid) ? names.get(vid) : vid), vid),
            value(b.container),
          );
        }
        return row;
      }),
    };
  },
});
