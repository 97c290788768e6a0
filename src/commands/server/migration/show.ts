import { defineCommand } from "../../../cli/command.ts";
import type { Cell } from "../../../output/types.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { getServerMigration } from "../../../api/compute/migrations.ts";
import { computeAtLeast } from "../_microversion.ts";
import { checkMigrationArg, MIGRATION_POSITIONALS, migrationByUuid } from "./_migration.ts";

const COLUMNS = [
  "ID",
  "Server UUID",
  "Status",
  "Source Compute",
  "Source Node",
  "Dest Compute",
  "Dest Host",
  "Dest Node",
  "Memory Total Bytes",
  "Memory Processed Bytes",
  "Memory Remaining Bytes",
  "Disk Total Bytes",
  "Disk Processed Bytes",
  "Disk Remaining Bytes",
  "Created At",
  "Updated At",
];

export default defineCommand({
  summary: "Show a server's in-progress live migration",
  description:
    "Show a server's in-progress live migration (compute API 2.24 or later). Cold and finished migrations are in 'server migration list'.",
  output: "show",
  flags: {},
  positionals: MIGRATION_POSITIONALS,
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    const mv = compute.microversion;
    const migration = positionals.migration as string;
    checkMigrationArg(
      compute,
      migration,
      "2.24",
      "the server migration show command",
      "retrieve server migrations by UUID",
    );
    const serverId = (await findServer(compute, positionals.server as string)).id;
    const m = /^\d+$/.test(migration)
      ? await getServerMigration(compute, serverId, migration)
      : await migrationByUuid(compute, serverId, migration);
    const fields = [...COLUMNS];
    if (computeAtLeast(mv, "2.59")) fields.push("UUID");
    if (computeAtLeast(mv, "2.80")) fields.push("User ID", "Project ID");
    // get_item_properties: the attribute named by the column, lowercased, "" when missing
    const values = fields.map((c) => {
      const k = c.toLowerCase().replaceAll(" ", "_");
      return (k in m ? m[k] : "") as Cell;
    });
    return { kind: "show", fields, values };
  },
});
