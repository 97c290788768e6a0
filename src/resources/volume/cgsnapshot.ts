/** Cinder consistency group snapshots, as cinderclient's CgsnapshotManager reaches them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { oscFind } from "../../api/find.ts";
import { linksMarker, listPages } from "../../api/paging.ts";
import type { Query } from "../../http/client.ts";

export type Cgsnapshot = Record<string, unknown> & { id: string; name?: string | null };

export async function listCgsnapshots(svc: ServiceClient, query: Query): Promise<Cgsnapshot[]> {
  return await listPages<Cgsnapshot>(svc, "/cgsnapshots/detail", query, {
    key: "cgsnapshots",
    next: (b) => linksMarker(b.cgsnapshots_links),
  });
}

/** find_resource: GET by id, then /cgsnapshots/detail?all_tenants=1&name=x. */
export async function findCgsnapshot(svc: ServiceClient, nameOrId: string): Promise<Cgsnapshot> {
  return await oscFind<Cgsnapshot>({
    noun: "cgsnapshot",
    get: async (id) =>
      objectIn<Cgsnapshot>(
        await svc.get(`/cgsnapshots/${encodeURIComponent(id)}`),
        "cgsnapshot",
        svc.type,
      ),
    find: async (name) =>
      listOfObjects<Cgsnapshot>(
        await svc.get("/cgsnapshots/detail", { all_tenants: 1, name }),
        "cgsnapshots",
        svc.type,
      ),
    list: () => listCgsnapshots(svc, {}),
  }, nameOrId);
}

/** POST /cgsnapshots: cinderclient sends every key, the unset ones as null. */
export async function createCgsnapshot(
  svc: ServiceClient,
  groupId: string,
  o: { name: string | null; description: string | null },
): Promise<Cgsnapshot> {
  const body = {
    cgsnapshot: {
      consistencygroup_id: groupId,
      name: o.name,
      description: o.description,
      user_id: null,
      project_id: null,
      status: "creating",
    },
  };
  const res = await svc.request("/cgsnapshots", { method: "POST", json: body });
  return objectIn<Cgsnapshot>(res.body, "cgsnapshot", svc.type);
}

/** DELETE /cgsnapshots/{id}. */
export async function deleteCgsnapshot(svc: ServiceClient, id: string): Promise<void> {
  await svc.request(`/cgsnapshots/${encodeURIComponent(id)}`, {
    method: "DELETE",
    expectJson: false,
  });
}
