/** Cinder QoS specifications as cinderclient's QoSSpecsManager reaches them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects } from "../../http/errors.ts";
import { defineResource, findItem, type Item } from "../../kit/resource.ts";

export const qosSpec = defineResource({
  service: "block-storage",
  path: "/qos-specs",
  key: "qos_specs",
  plural: "qos_specs",
  sdkName: "QoSSpec",
  // osc_lib names cinderclient's class QoSSpecs, lowercased
  noun: "qosspecs",
  lookup: "osc",
  paging: "none",
  // cinderclient's list ignores its search options: names are matched here
  nameFilter: null,
  attrs: {},
});

export async function findQos(svc: ServiceClient, nameOrId: string): Promise<Item> {
  return await findItem(svc, qosSpec, nameOrId);
}

function qosPath(id: string, rest = ""): string {
  return `/qos-specs/${encodeURIComponent(id)}${rest}`;
}

/** The names of the volume types a spec is associated with. */
export async function qosAssociations(svc: ServiceClient, id: string): Promise<string[]> {
  const list = listOfObjects<Record<string, unknown>>(
    await svc.get(qosPath(id, "/associations")),
    "qos_associations",
    svc.type,
  );
  return list.map((a) => a.name as string);
}

/** GET /qos-specs/{id}/<action>?vol_type_id=… (associate, disassociate, disassociate_all). */
export async function qosAction(
  svc: ServiceClient,
  id: string,
  action: "associate" | "disassociate" | "disassociate_all",
  typeId?: string,
): Promise<void> {
  await svc.request(qosPath(id, `/${action}`), {
    query: typeId === undefined ? undefined : { vol_type_id: typeId },
    expectJson: false,
  });
}

/** PUT /qos-specs/{id}: set keys. */
export async function setQosKeys(
  svc: ServiceClient,
  id: string,
  specs: Record<string, string>,
): Promise<void> {
  await svc.request(qosPath(id), { method: "PUT", json: { qos_specs: specs } });
}

/** PUT /qos-specs/{id}/delete_keys. */
export async function unsetQosKeys(
  svc: ServiceClient,
  id: string,
  keys: readonly string[],
): Promise<void> {
  await svc.request(qosPath(id, "/delete_keys"), {
    method: "PUT",
    json: { keys },
    expectJson: false,
  });
}

export async function deleteQos(svc: ServiceClient, id: string, force: boolean): Promise<void> {
  await svc.request(qosPath(id), {
    method: "DELETE",
    query: { force: force ? "True" : "False" },
    expectJson: false,
  });
}
