/** Cinder volume updates and metadata, as cinderclient's volume manager sends them. */
import type { ServiceClient } from "../../http/service.ts";
import { supports } from "../../kit/versions.ts";

function volumePath(id: string): string {
  return `/volumes/${encodeURIComponent(id)}`;
}

/** PUT /volumes/{id} {"volume": changes} (cinderclient skips it when there is nothing). */
export async function updateVolume(
  svc: ServiceClient,
  id: string,
  changes: Record<string, unknown>,
): Promise<void> {
  await svc.request(volumePath(id), { method: "PUT", json: { volume: changes } });
}

/** POST /volumes/{id}/metadata: merges the keys given. */
export async function setVolumeMetadata(
  svc: ServiceClient,
  id: string,
  metadata: Record<string, string>,
): Promise<void> {
  await svc.request(`${volumePath(id)}/metadata`, { method: "POST", json: { metadata } });
}

/**
 * cinderclient's delete_metadata: before 3.15 one DELETE per key (the first
 * failure stops it); from 3.15 the whole metadata is read and PUT back without
 * the keys, with If-Match, and only when every key is there.
 */
export async function deleteVolumeMetadata(
  svc: ServiceClient,
  id: string,
  keys: readonly string[],
): Promise<void> {
  if (!supports(svc, "3.15")) {
    for (const k of keys) {
      await svc.request(`${volumePath(id)}/metadata/${encodeURIComponent(k)}`, {
        method: "DELETE",
        expectJson: false,
      });
    }
    return;
  }
  const res = await svc.request(`${volumePath(id)}/metadata`);
  const metadata = { ...((res.body as { metadata?: Record<string, unknown> }).metadata ?? {}) };
  if (!keys.every((k) => k in metadata)) return;
  for (const k of keys) delete metadata[k];
  const etag = res.headers.get("etag");
  await svc.request(`${volumePath(id)}/metadata`, {
    method: "PUT",
    json: { metadata },
    headers: etag ? { "If-Match": etag } : undefined,
  });
}
