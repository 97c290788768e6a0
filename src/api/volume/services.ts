/** Cinder's os-services, as cinderclient's service manager sends them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects } from "../../http/errors.ts";
import type { Item } from "../../kit/resource.ts";

/** GET /os-services with host and binary when given (in that order). */
export async function listVolumeServices(
  svc: ServiceClient,
  host?: string,
  binary?: string,
): Promise<Item[]> {
  const query = { host: host || undefined, binary: binary || undefined };
  return listOfObjects<Item>(await svc.get("/os-services", query), "services", "block-storage");
}

/** PUT /os-services/<action> (enable, disable, disable-log-reason, freeze, thaw). */
export async function volumeServiceAction(
  svc: ServiceClient,
  action: string,
  body: Record<string, unknown>,
): Promise<void> {
  await svc.request(`/os-services/${action}`, { method: "PUT", json: body });
}
