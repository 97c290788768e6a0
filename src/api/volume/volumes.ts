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
