/** Cinder v3 volumes (no microversion: what python-cinderclient sends by default). */
import type { ServiceClient } from "../../http/service.ts";
import { oscFind } from "../find.ts";
import { linksMarker, listPages } from "../paging.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";

export interface VolumeAttachment {
  server_id: string;
  device?: string;
  [key: string]: unknown;
}

export interface Volume {
  id: string;
  name: string | null;
  attachments?: VolumeAttachment[];
  [key: string]: unknown;
}

export interface VolumeSearch {
  allTenants?: boolean;
  projectId?: string;
  userId?: string;
  name?: string;
  status?: string;
}

/**
 * GET /volumes/detail with cinderclient's search options (false and empty
 * ones dropped, keys sorted), following `volumes_links` to the last page.
 */
export async function listVolumes(
  volume: ServiceClient,
  s: VolumeSearch,
  page: { limit?: number; marker?: string } = {},
): Promise<Volume[]> {
  return await listPages<Volume>(volume, "/volumes/detail", {
    all_tenants: s.allTenants ? "True" : undefined,
    name: s.name || undefined,
    project_id: s.projectId || undefined,
    status: s.status || undefined,
    user_id: s.userId || undefined,
  }, {
    key: "volumes",
    next: (b) => linksMarker(b.volumes_links),
    limit: page.limit,
    marker: page.marker,
  });
}

export async function getVolume(volume: ServiceClient, id: string): Promise<Volume> {
  return objectIn<Volume>(
    await volume.get(`/volumes/${encodeURIComponent(id)}`),
    "volume",
    "block-storage",
  );
}

/**
 * osc_lib's find_resource over cinderclient: GET by id, then the volumes of
 * that name in every project the caller may see (all_tenants=1).
 */
export async function findVolume(volume: ServiceClient, nameOrId: string): Promise<Volume> {
  return await oscFind<Volume>({
    noun: "volume",
    get: (id) => getVolume(volume, id),
    find: async (name) =>
      listOfObjects<Volume>(
        await volume.get("/volumes/detail", { all_tenants: 1, name }),
        "volumes",
        "block-storage",
      ),
    list: () => listVolumes(volume, {}),
  }, nameOrId);
}

/**
 * POST /volumes: `attrs` is the whole "volume" object as cinderclient builds
 * it (every key present, null where not given); scheduler hints travel
 * beside it, and only when there are some.
 */
export async function createVolume(
  volume: ServiceClient,
  attrs: Record<string, unknown>,
  hints?: Record<string, string>,
): Promise<Volume> {
  const json: Record<string, unknown> = { volume: attrs };
  if (hints && Object.keys(hints).length) json["OS-SCH-HNT:scheduler_hints"] = hints;
  return objectIn<Volume>(
    (await volume.request("/volumes", { method: "POST", json })).body,
    "volume",
    "block-storage",
  );
}

/** POST /volumes/{id}/action with {<action>: info}; Cinder answers with no body. */
export async function volumeAction(
  volume: ServiceClient,
  id: string,
  action: string,
  info: unknown,
): Promise<void> {
  await volume.request(`/volumes/${encodeURIComponent(id)}/action`, {
    method: "POST",
    json: { [action]: info },
    expectJson: false,
  });
}

/** DELETE /volumes/{id}; `cascade` takes the volume's snapshots with it. */
export async function deleteVolume(
  volume: ServiceClient,
  id: string,
  cascade = false,
): Promise<void> {
  await volume.request(`/volumes/${encodeURIComponent(id)}${cascade ? "?cascade=True" : ""}`, {
    method: "DELETE",
    expectJson: false,
  });
}

export interface Snapshot {
  id: string;
  name: string | null;
  size?: number;
  [key: string]: unknown;
}

/** find_resource over cinderclient's snapshots: /snapshots/{id}, then by name. */
export async function findSnapshot(volume: ServiceClient, nameOrId: string): Promise<Snapshot> {
  return await findCinder<Snapshot>(volume, "snapshot", "snapshots", nameOrId);
}

/** find_resource over cinderclient's consistency groups. */
export async function findConsistencyGroup(
  volume: ServiceClient,
  nameOrId: string,
): Promise<Volume> {
  return await findCinder<Volume>(volume, "consistencygroup", "consistencygroups", nameOrId);
}

/** osc_lib's find_resource for a Cinder collection (`/<key>/{id}`, `/<key>/detail`). */
async function findCinder<T extends { id: string; name: string | null }>(
  volume: ServiceClient,
  noun: string,
  key: string,
  nameOrId: string,
): Promise<T> {
  return await oscFind<T>({
    noun,
    get: async (id) =>
      objectIn<T>(await volume.get(`/${key}/${encodeURIComponent(id)}`), noun, "block-storage"),
    find: async (name) =>
      listOfObjects<T>(
        await volume.get(`/${key}/detail`, { all_tenants: 1, name }),
        key,
        "block-storage",
      ),
    list: () =>
      listPages<T>(volume, `/${key}/detail`, {}, {
        key,
        next: (b) => linksMarker(b[`${key}_links`]),
      }),
  }, nameOrId);
}
