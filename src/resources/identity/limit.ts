/** Keystone v3 unified limits: registered (default) limits and project limits. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects } from "../../http/errors.ts";
import type { Item, Resource } from "../../kit/resource.ts";
import { blank, keystoneResource } from "./_keystone.ts";

export const registeredLimit = keystoneResource({
  path: "/registered_limits",
  key: "registered_limit",
  plural: "registered_limits",
  noun: "registeredlimit",
  attrs: {
    id: blank,
    service_id: blank,
    resource_name: blank,
    default_limit: blank,
    description: blank,
    region_id: blank,
  },
});

export const limit = keystoneResource({
  path: "/limits",
  key: "limit",
  plural: "limits",
  noun: "limit",
  attrs: {
    id: blank,
    project_id: blank,
    service_id: blank,
    resource_name: blank,
    resource_limit: blank,
    description: blank,
    region_id: blank,
  },
});

/** keystoneclient posts a list of one and keeps the last item of the answer. */
export async function createOne(
  svc: ServiceClient,
  r: Resource,
  attrs: Record<string, unknown>,
): Promise<Item> {
  const res = await svc.request(r.path, { method: "POST", json: { [r.plural]: [attrs] } });
  return listOfObjects(res.body, r.plural, svc.type).at(-1) as Item;
}
