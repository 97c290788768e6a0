/** Cinder volume backups, as cinderclient's backup manager sends them. */
import type { ServiceClient } from "../../http/service.ts";
import { objectIn } from "../../http/errors.ts";
import { linksMarker, listPages } from "../paging.ts";
import { findCinder } from "./volumes.ts";
import type { Item } from "../../kit/resource.ts";

export type Backup = Item & { name: string | null };

function backupPath(id: string): string {
  return `/backups/${encodeURIComponent(id)}`;
}

/** find_resource over cinderclient's backups ("volumebackup" in its messages). */
export async function findBackup(svc: ServiceClient, nameOrId: string): Promise<Backup> {
  return await findCinder<Backup>(svc, "volumebackup", "backups", nameOrId);
}

/** GET /backups/detail: the true search options, keys sorted, every page. */
export async function listBackups(
  svc: ServiceClient,
  s: { allTenants?: boolean; name?: string; status?: string; volumeId?: string },
  page: { limit?: number; marker?: string } = {},
): Promise<Backup[]> {
  return await listPages<Backup>(svc, "/backups/detail", {
    all_tenants: s.allTenants ? "True" : undefined,
    name: s.name || undefined,
    status: s.status || undefined,
    volume_id: s.volumeId || undefined,
  }, {
    key: "backups",
    next: (b) => linksMarker(b.backups_links),
    limit: page.limit,
    marker: page.marker,
  });
}

export async function createBackup(
  svc: ServiceClient,
  attrs: Record<string, unknown>,
): Promise<Backup> {
  const res = await svc.request("/backups", { method: "POST", json: { backup: attrs } });
  return objectIn<Backup>(res.body, "backup", "block-storage");
}

export async function deleteBackup(svc: ServiceClient, id: string): Promise<void> {
  await svc.request(backupPath(id), { method: "DELETE", expectJson: false });
}

export async function backupAction(
  svc: ServiceClient,
  id: string,
  action: string,
  info: unknown,
): Promise<void> {
  await svc.request(`${backupPath(id)}/action`, {
    method: "POST",
    json: { [action]: info },
    expectJson: false,
  });
}

/** PUT /backups/{id} {"backup": changes} (3.9 and later). */
export async function updateBackup(
  svc: ServiceClient,
  id: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await svc.request(backupPath(id), { method: "PUT", json: { backup: changes } });
}

/** POST /backups/{id}/restore: to the volume given, or to a new one of that name. */
export async function restoreBackup(
  svc: ServiceClient,
  id: string,
  volumeId: string | null,
  name: string | null,
): Promise<Item> {
  const res = await svc.request(`/backups/${id}/restore`, {
    method: "POST",
    json: { restore: { volume_id: volumeId, name } },
  });
  return objectIn<Item>(res.body, "restore", "block-storage");
}

export async function exportBackupRecord(
  svc: ServiceClient,
  id: string,
): Promise<Record<string, unknown>> {
  return objectIn<Item>(
    await svc.get(`/backups/${id}/export_record`),
    "backup-record",
    "block-storage",
  );
}

export async function importBackupRecord(
  svc: ServiceClient,
  service: string,
  url: string,
): Promise<Record<string, unknown>> {
  const res = await svc.request("/backups/import_record", {
    method: "POST",
    json: { "backup-record": { backup_service: service, backup_url: url } },
  });
  return objectIn<Item>(res.body, "backup", "block-storage");
}
