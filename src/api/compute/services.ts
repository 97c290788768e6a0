/**
 * Nova's os-services, as openstacksdk's Service resource reaches them (at
 * most microversion 2.69 unless one is pinned).
 */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects } from "../../http/errors.ts";
import { microversionHeaders } from "../../kit/versions.ts";

export type ComputeService = Record<string, unknown>;

/** openstacksdk's Service._max_microversion. */
export const SDK_SERVICE_MAX = "2.69";

/** GET /os-services (python's --debug shows absent filters as "None"; requests drops them). */
export async function listComputeServices(
  compute: ServiceClient,
  mv: string | undefined,
  q: { host?: string; binary?: string },
): Promise<ComputeService[]> {
  const body = (await compute.request("/os-services", {
    query: { binary: q.binary, host: q.host },
    headers: microversionHeaders(compute, mv),
  })).body;
  return listOfObjects<ComputeService>(body, "services", compute.type);
}

/** PUT /os-services/{id} (2.53+): the changed fields only. */
export async function updateComputeService(
  compute: ServiceClient,
  mv: string | undefined,
  id: string,
  body: Record<string, unknown>,
): Promise<void> {
  await compute.request(`/os-services/${encodeURIComponent(id)}`, {
    method: "PUT",
    json: body,
    headers: microversionHeaders(compute, mv),
  });
}

/** PUT /os-services/<action> (before 2.53): enable, disable, disable-log-reason, force-down. */
export async function computeServiceAction(
  compute: ServiceClient,
  mv: string | undefined,
  action: string,
  body: Record<string, unknown>,
): Promise<void> {
  await compute.request(`/os-services/${action}`, {
    method: "PUT",
    json: body,
    headers: microversionHeaders(compute, mv),
  });
}

export async function deleteComputeService(
  compute: ServiceClient,
  mv: string | undefined,
  id: string,
): Promise<void> {
  await compute.request(`/os-services/${encodeURIComponent(id)}`, {
    method: "DELETE",
    expectJson: false,
    headers: microversionHeaders(compute, mv),
  });
}
