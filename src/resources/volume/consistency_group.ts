/**
 * Cinder consistency groups as cinderclient's ConsistencygroupManager writes them (the
 * lookup is findConsistencyGroup in api/volume/volumes.ts).
 */
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { logLine, objectIn } from "../../http/errors.ts";
import { findVolume } from "../../api/volume/volumes.ts";
import { plainError } from "../../kit/bulk.ts";

export type Group = Record<string, unknown> & { id: string };

const path = (id: string, rest = "") => `/consistencygroups/${encodeURIComponent(id)}${rest}`;

/** POST /consistencygroups: cinderclient sends every key, the unset ones as null. */
export async function createGroup(
  svc: ServiceClient,
  volumeTypes: string,
  o: { name: string | null; description: string | null; availabilityZone: string | null },
): Promise<Group> {
  const body = {
    consistencygroup: {
      name: o.name,
      description: o.description,
      volume_types: volumeTypes,
      user_id: null,
      project_id: null,
      availability_zone: o.availabilityZone,
      status: "creating",
    },
  };
  const res = await svc.request("/consistencygroups", { method: "POST", json: body });
  return objectIn<Group>(res.body, "consistencygroup", svc.type);
}

/** POST /consistencygroups/create_from_src (a group snapshot or a source group). */
export async function createGroupFromSource(
  svc: ServiceClient,
  cgsnapshotId: string | null,
  sourceId: string | null,
  o: { name: string | null; description: string | null },
): Promise<Group> {
  const body = {
    "consistencygroup-from-src": {
      name: o.name,
      description: o.description,
      cgsnapshot_id: cgsnapshotId,
      source_cgid: sourceId,
      user_id: null,
      project_id: null,
      status: "creating",
    },
  };
  const res = await svc.request("/consistencygroups/create_from_src", {
    method: "POST",
    json: body,
  });
  return objectIn<Group>(res.body, "consistencygroup", svc.type);
}

/** PUT /consistencygroups/{id}: name, description, add_volumes, remove_volumes. */
export async function updateGroup(
  svc: ServiceClient,
  id: string,
  changes: Record<string, string>,
): Promise<void> {
  await svc.request(path(id), { method: "PUT", json: { consistencygroup: changes } });
}

/** POST /consistencygroups/{id}/delete with the force flag. */
export async function deleteGroup(svc: ServiceClient, id: string, force: boolean): Promise<void> {
  await svc.request(path(id, "/delete"), {
    method: "POST",
    json: { consistencygroup: { force } },
    expectJson: false,
  });
}

/**
 * python's _find_volumes: each volume looked up in turn, a failure logged and counted; the
 * ids found joined by commas.
 */
export async function findVolumeIds(
  ctx: Context,
  svc: ServiceClient,
  volumes: readonly string[],
): Promise<{ failed: number; ids: string[] }> {
  let failed = 0;
  const ids: string[] = [];
  for (const v of volumes) {
    try {
      ids.push((await findVolume(svc, v)).id);
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      failed++;
      await ctx.stderr.write(
        logLine(`Failed to find volume with name or ID '${v}':${plainError(e)}`) + "\n",
      );
    }
  }
  return { failed, ids };
}
