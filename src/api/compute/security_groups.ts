/**
 * Nova's proxied os-security-groups, as the python client's own compute API
 * finds one: no microversion (the proxy is gone from 2.36), GET by ID, else
 * the one group of that name in the list ("none found", "many found").
 */
import { OscError } from "../../errors.ts";
import { HttpError, listOfObjects } from "../../http/errors.ts";
import type { ServiceClient } from "../../http/service.ts";

const V21 = { "OpenStack-API-Version": "compute 2.1", "X-OpenStack-Nova-API-Version": "2.1" };

export async function computeFindSecurityGroup(
  compute: ServiceClient,
  nameOrId: string,
): Promise<Record<string, unknown>> {
  try {
    const body = (await compute.request(`/os-security-groups/${encodeURIComponent(nameOrId)}`, {
      headers: V21,
    }))
      .body;
    // the first key's value, whatever the key
    return (body && typeof body === "object" ? Object.values(body)[0] : body) as Record<
      string,
      unknown
    >;
  } catch (e) {
    if (!(e instanceof HttpError) || (e.status !== 404 && e.status !== 400)) throw e;
  }
  let groups: Record<string, unknown>[];
  try {
    const body = (await compute.request("/os-security-groups", { headers: V21 })).body;
    groups = listOfObjects<Record<string, unknown>>(body, "security_groups", compute.type);
  } catch (e) {
    if (e instanceof HttpError && e.status === 404) throw new OscError(`${nameOrId} not found`);
    throw e;
  }
  const hits = groups.filter((g) => g.name === nameOrId);
  if (!hits.length) throw new OscError("none found (HTTP 404)");
  if (hits.length > 1) throw new OscError("many found");
  return hits[0];
}
