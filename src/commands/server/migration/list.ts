import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import type { Cell } from "../../../output/types.ts";
import type { Query } from "../../../http/client.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { listMigrations } from "../../../api/compute/migrations.ts";
import { projectFlags, userFlags } from "../../../kit/flags.ts";
import { projectId, userId } from "../../../kit/shared.ts";
import { computeAtLeast, needsCompute } from "../_microversion.ts";

/** The columns at a microversion: python's print_migrations. */
export function migrationColumns(
  mv: string | undefined,
  project: boolean,
  user: boolean,
): [string, string][] {
  const cols: [string, string][] = [
    ["Source Node", "source_node"],
    ["Dest Node", "dest_node"],
    ["Source Compute", "source_compute"],
    ["Dest Compute", "dest_compute"],
    ["Dest Host", "dest_host"],
    ["Status", "status"],
    ["Server UUID", "instance_uuid"],
    ["Old Flavor", "old_instance_type_id"],
    ["New Flavor", "new_instance_type_id"],
    ["Created At", "created_at"],
    ["Updated At", "updated_at"],
  ];
  const beforeTimes = (c: [string, string]) => cols.splice(cols.length - 2, 0, c);
  if (computeAtLeast(mv, "2.59")) cols.unshift(["UUID", "uuid"]);
  if (computeAtLeast(mv, "2.23")) {
    cols.unshift(["Id", "id"]);
    beforeTimes(["Type", "migration_type"]);
  }
  if (computeAtLeast(mv, "2.80")) {
    if (project) beforeTimes(["Project", "project_id"]);
    if (user) beforeTimes(["User", "user_id"]);
  }
  return cols;
}

export default defineCommand({
  summary: "List migrations (resizes, cold and live migrations, evacuations)",
  output: "list",
  flags: {
    server: flag.string({ metavar: "<server>", help: "Only this server's (name or ID)" }),
    host: flag.string({ metavar: "<host>", help: "Only those from or to this host" }),
    status: flag.string({ metavar: "<status>", help: "Only those in this status" }),
    type: flag.string({
      metavar: "<type>",
      choices: ["evacuation", "live-migration", "cold-migration", "resize"],
      help: "Only those of this kind",
    }),
    marker: flag.string({
      metavar: "<marker>",
      help: "Start after this migration (its UUID; compute API 2.59 or later)",
    }),
    limit: flag.integer({
      metavar: "<limit>",
      help: "Show at most this many (the cloud may cap it; compute API 2.59 or later)",
    }),
    changesSince: flag.string({
      metavar: "<changes-since>",
      help: "Only those changed at or after this ISO 8601 time (compute API 2.59 or later)",
    }),
    changesBefore: flag.string({
      metavar: "<changes-before>",
      help: "Only those changed at or before this ISO 8601 time (compute API 2.66 or later)",
    }),
    ...projectFlags("Only this project's (name or ID; compute API 2.80 or later)"),
    ...userFlags("Only this user's (name or ID; compute API 2.80 or later)"),
  },
  async run({ flags: f }, ctx) {
    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    const query: Query = { host: f.host || undefined, status: f.status || undefined };
    if (f.server) query.instance_uuid = (await findServer(compute, f.server)).id;
    // "cold-migration" is Nova's "migration"
    if (f.type) query.migration_type = f.type === "cold-migration" ? "migration" : f.type;
    if (f.marker) {
      needsCompute(mv, "2.59", "the --marker option");
      query.marker = f.marker;
    }
    if (f.limit) {
      needsCompute(mv, "2.59", "the --limit option");
      query.limit = f.limit;
    }
    if (f.changesSince) {
      needsCompute(mv, "2.59", "the --changes-since option");
      query["changes-since"] = f.changesSince;
    }
    if (f.changesBefore) {
      needsCompute(mv, "2.66", "the --changes-before option");
      query["changes-before"] = f.changesBefore;
    }
    if (f.project) {
      needsCompute(mv, "2.80", "the --project option");
      query.project_id = await projectId(ctx, f.project, f.projectDomain);
    }
    if (f.user) {
      needsCompute(mv, "2.80", "the --user option");
      query.user_id = await userId(ctx, f.user, f.userDomain);
    }
    const migrations = await listMigrations(compute, query);
    const cols = migrationColumns(mv, !!f.project, !!f.user);
    return {
      kind: "list",
      columns: cols.map(([c]) => c),
      // get_item_properties: a missing attribute is ""
      rows: migrations.map((m) => cols.map(([, k]) => (k in m ? m[k] : "") as Cell)),
    };
  },
});
