/** Keystone v3 catalog endpoints (keystoneclient's Endpoint) and their project filters. */
import type { ServiceClient } from "../../http/service.ts";
import { OscError } from "../../errors.ts";
import type { Item } from "../../kit/resource.ts";
import { blank, keystoneResource } from "./_keystone.ts";

export const endpoint = keystoneResource({
  path: "/endpoints",
  key: "endpoint",
  plural: "endpoints",
  noun: "endpoint",
  attrs: {
    id: blank,
    region: blank,
    service_name: blank,
    service_type: blank,
    enabled: blank,
    interface: blank,
    url: blank,
  },
});

/** The interfaces an endpoint may have, in python's order. */
export const INTERFACES = ["admin", "public", "internal"] as const;

/** The endpoint with its service's name ("" when it has none) and type, as python shows it. */
export function withService(ep: Item, service: Item): Item {
  return { ...ep, service_name: "name" in service ? service.name : "", service_type: service.type };
}

/** identity.common.find_service_in_list: the service of an endpoint, among those listed. */
export function serviceIn(services: readonly Item[], id: string): Item {
  const found = services.find((s) => s.id === id);
  if (!found) throw new OscError(`No service with a type, name or ID of '${id}' exists.`);
  return found;
}

/** /OS-EP-FILTER/projects/<project>/endpoints/<endpoint>: a project's own endpoint. */
export async function endpointProject(
  svc: ServiceClient,
  method: "PUT" | "DELETE",
  project: string,
  ep: string,
): Promise<void> {
  const path = `/OS-EP-FILTER/projects/${encodeURIComponent(project)}/endpoints/${
    encodeURIComponent(ep)
  }`;
  await svc.request(path, { method, expectJson: false });
}
