/** Cinder v3 volumes (no microversion: what python-cinderclient sends by default). */
import type { ServiceClient } from "../../http/service.ts";
import { oscFind } from "../find.ts";
import { sdkFind } from "../sdk.ts";
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
export async function findCinder<T extends { id: string; name: string | null }>(
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

/** openstacksdk's find_volume: GET by id, else GET /volumes?name=x. "No Volume found for x". */
export async function sdkFindVolume(volume: ServiceClient, nameOrId: string): Promise<Volume> {
  return await sdkFind<Volume>({
    resource: "Volume",
    get: (id) => getVolume(volume, id),
    list: async (name) =>
      listOfObjects<Volume>(await volume.get("/volumes", { name }), "volumes", "block-storage"),
    id: (v) => v.id,
    name: (v) => v.name as string | null | undefined,
  }, nameOrId);
}

/** os-volume_upload_image: Cinder copies the volume into a new image; its answer describes it. */
export async function uploadVolumeToImage(
  volume: ServiceClient,
  id: string,
  info: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const res = await volume.request(`/volumes/${encodeURIComponent(id)}/action`, {
    method: "POST",
    json: { "os-volume_upload_image": info },
  });
  return (res.body as Record<string, Record<string, unknown>>)["os-volume_upload_image"];
}

/**
 * The caller's own volumes' names by ID, for a list's "Volume" column; python ignores any
 * trouble listing them (its cache is then empty), and so do we.
 */
export async function volumeNames(svc: ServiceClient): Promise<Map<string, unknown>> {
  const names = new Map<string, unknown>();
  try {
    for (const v of await listVolumes(svc, {})) names.set(v.id, v.name);
  } catch {
    // python forgets the cache then
  }
  return names;
}
