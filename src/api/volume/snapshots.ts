/** Cinder v3 snapshots, as cinderclient's snapshot manager sends them. */
import type { ServiceClient } from "../../http/service.ts";
import { objectIn } from "../../http/errors.ts";
import { linksMarker, listPages } from "../paging.ts";
import type { Snapshot } from "./volumes.ts";

function snapshotPath(id: string): string {
  return `/snapshots/${encodeURIComponent(id)}`;
}

export interface SnapshotSearch {
  allTenants?: boolean;
  projectId?: string;
  name?: string;
  status?: string;
  volumeId?: string;
}

/** GET /snapshots/detail: the true search options, keys sorted, every page. */
export async function listSnapshots(
  svc: ServiceClient,
  s: SnapshotSearch,
  page: { limit?: number; marker?: string } = {},
): Promise<Snapshot[]> {
  return await listPages<Snapshot>(svc, "/snapshots/detail", {
    all_tenants: s.allTenants ? "True" : undefined,
    name: s.name || undefined,
    project_id: s.projectId || undefined,
    status: s.status || undefined,
    volume_id: s.volumeId || undefined,
  }, {
    key: "snapshots",
    next: (b) => linksMarker(b.snapshots_links),
    limit: page.limit,
    marker: page.marker,
  });
}

/** POST /snapshots, or /os-snapshot-manage for an existing back-end snapshot (`ref`). */
export async function createSnapshot(
  svc: ServiceClient,
  attrs: Record<string, unknown>,
  manage = false,
): Promise<Snapshot> {
  const res = await svc.request(manage ? "/os-snapshot-manage" : "/snapshots", {
    method: "POST",
    json: { snapshot: attrs },
  });
  return objectIn<Snapshot>(res.body, "snapshot", "block-storage");
}

export async function deleteSnapshot(svc: ServiceClient, id: string): Promise<void> {
  await svc.request(snapshotPath(id), { method: "DELETE", expectJson: false });
}

/** POST /snapshots/{id}/action with {<action>: info}. */
export async function snapshotAction(
  svc: ServiceClient,
  id: string,
  action: string,
  info: unknown,
): Promise<void> {
  await svc.request(`${snapshotPath(id)}/action`, {
    method: "POST",
    json: { [action]: info },
    expectJson: false,
  });
}

/** PUT /snapshots/{id} {"snapshot": changes}. */
export async function updateSnapshot(
  svc: ServiceClient,
  id: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await svc.request(snapshotPath(id), { method: "PUT", json: { snapshot: changes } });
}

export async function setSnapshotMetadata(
  svc: ServiceClient,
  id: string,
  metadata: Record<string, string>,
): Promise<void> {
  await svc.request(`${snapshotPath(id)}/metadata`, { method: "POST", json: { metadata } });
}

/** One DELETE per key, in order; the first failure stops the rest. */
export async function deleteSnapshotMetadata(
  svc: ServiceClient,
  id: string,
  keys: readonly string[],
): Promise<void> {
  for (const k of keys) {
    await svc.request(`${snapshotPath(id)}/metadata/${encodeURIComponent(k)}`, {
      method: "DELETE",
      expectJson: false,
    });
  }
}
