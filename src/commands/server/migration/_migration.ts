/** What server migration show / abort / force complete share: python's checks and lookup. */
import { defineCommand } from "../../../cli/command.ts";
import { OscError } from "../../../errors.ts";
import type { ServiceClient } from "../../../http/service.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { listServerMigrations, type Migration } from "../../../api/compute/migrations.ts";
import { computeAtLeast, needsCompute } from "../_microversion.ts";

/** python's uuid.UUID(x) accepts it (urn:/uuid: prefixes, braces and hyphens dropped). */
export function pyUuid(s: string): boolean {
  const hex = s.replaceAll("urn:", "").replaceAll("uuid:", "").replace(/^[{}]+|[{}]+$/g, "")
    .replaceAll("-", "");
  return /^[0-9a-fA-F]{32}$/.test(hex);
}

/**
 * The checks before the server lookup: the command's microversion, then a <migration> that is
 * not a number must be a UUID (2.59+). `min`/`what`: the command's; `byUuid`: the end of the
 * 2.59 message ("retrieve server migrations by UUID").
 */
export function checkMigrationArg(
  compute: ServiceClient,
  migration: string,
  min: string,
  what: string,
  byUuid: string,
): void {
  needsCompute(compute.microversion, min, what);
  if (/^\d+$/.test(migration)) return;
  if (!pyUuid(migration)) throw new OscError("The <migration> argument must be an ID or UUID");
  if (!computeAtLeast(compute.microversion, "2.59")) {
    throw new OscError(`--os-compute-api-version 2.59 or greater is required to ${byUuid}`);
  }
}

/** The server's in-progress migration with this UUID, from its list (Nova gets by ID only). */
export async function migrationByUuid(
  compute: ServiceClient,
  serverId: string,
  uuid: string,
): Promise<Migration> {
  const found = (await listServerMigrations(compute, serverId)).find((m) => m.uuid === uuid);
  if (!found) {
    throw new OscError(`In-progress live migration ${uuid} is not found for server ${serverId}.`);
  }
  return found;
}

/** The server's ID and the migration's ID (a UUID looked up in the server's list). */
export async function serverAndMigrationIds(
  compute: ServiceClient,
  server: string,
  migration: string,
): Promise<[string, string]> {
  const serverId = (await findServer(compute, server)).id;
  if (/^\d+$/.test(migration)) return [serverId, migration];
  return [serverId, String((await migrationByUuid(compute, serverId, migration)).id)];
}

export const MIGRATION_POSITIONALS = [
  { name: "server", metavar: "<server>", help: "Server (name or ID)" },
  {
    name: "migration",
    metavar: "<migration>",
    help: "Migration (ID, or UUID from compute API 2.59)",
  },
];

/**
 * server migration abort and force complete: the same checks and lookup around one call.
 * `min`/`what`: the command's microversion and python's name for it in its message.
 */
export function migrationActionCommand(o: {
  summary: string;
  min: string;
  what: string;
  call: (compute: ServiceClient, serverId: string, migrationId: string) => Promise<unknown>;
}) {
  return defineCommand({
    summary: o.summary,
    flags: {},
    positionals: MIGRATION_POSITIONALS,
    async run({ positionals }, ctx) {
      const compute = await ctx.service("compute");
      const migration = positionals.migration as string;
      // python's words for both commands: "abort server migrations by UUID"
      checkMigrationArg(compute, migration, o.min, o.what, "abort server migrations by UUID");
      const [serverId, id] = await serverAndMigrationIds(
        compute,
        positionals.server as string,
        migration,
      );
      await o.call(compute, serverId, id);
    },
  });
}
