/**
 * Nova's migrations: GET /os-migrations (every server's, admin), and one server's
 * in-progress live migrations under /servers/{id}/migrations (2.22+: force complete, 2.23+:
 * list and show, 2.24+: abort).
 */
import type { Query } from "../../http/client.ts";
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";

export type Migration = Record<string, unknown>;

/** One page, as novaclient reads it (--limit and --marker page by hand). */
export async function listMigrations(compute: ServiceClient, query: Query): Promise<Migration[]> {
  return listOfObjects<Migration>(
    await compute.get("/os-migrations", query),
    "migrations",
    "compute",
  );
}

function serverMigrations(serverId: string): string {
  return `/servers/${encodeURIComponent(serverId)}/migrations`;
}

export async function listServerMigrations(
  compute: ServiceClient,
  serverId: string,
): Promise<Migration[]> {
  const body = await compute.get(serverMigrations(serverId));
  return listOfObjects<Migration>(body, "migrations", "compute");
}

export async function getServerMigration(
  compute: ServiceClient,
  serverId: string,
  migrationId: string,
): Promise<Migration> {
  const body = await compute.get(
    `${serverMigrations(serverId)}/${encodeURIComponent(migrationId)}`,
  );
  return objectIn<Migration>(body, "migration", "compute");
}

/** DELETE /servers/{id}/migrations/{migration}: abort a live migration. */
export async function abortServerMigration(
  compute: ServiceClient,
  serverId: string,
  migrationId: string,
): Promise<void> {
  await compute.request(`${serverMigrations(serverId)}/${encodeURIComponent(migrationId)}`, {
    method: "DELETE",
    expectJson: false,
  });
}

/** POST …/migrations/{migration}/action {force_complete: null}. */
export async function forceCompleteServerMigration(
  compute: ServiceClient,
  serverId: string,
  migrationId: string,
): Promise<void> {
  await compute.request(
    `${serverMigrations(serverId)}/${encodeURIComponent(migrationId)}/action`,
    { method: "POST", json: { force_complete: null }, expectJson: false },
  );
}
