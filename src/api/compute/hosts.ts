/**
 * Nova's os-hosts API (gone after microversion 2.42), as the python client
 * reaches it: through osc_lib's plain API over a keystoneauth session, which
 * sends no microversion and words errors its own way.
 */
import { OscError } from "../../errors.ts";
import { HttpError, listOfObjects, objectIn } from "../../http/errors.ts";
import type { ServiceClient } from "../../http/service.ts";

/** No microversion header means 2.1; the pinned one must not leak in. */
const V21 = { "OpenStack-API-Version": "compute 2.1", "X-OpenStack-Nova-API-Version": "2.1" };

export type HostRow = Record<string, unknown>;

/**
 * keystoneauth's message for an error body: Nova's {"itemNotFound": …} is not the
 * {"error": …} shape it knows.
 */
export async function ksaCall<T>(p: Promise<T>): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    throw new OscError(
      `Unrecognized schema in response body. (HTTP ${e.status})` +
        (e.requestId ? ` (Request-ID: ${e.requestId})` : ""),
    );
  }
}

export async function listHosts(compute: ServiceClient, zone?: string): Promise<HostRow[]> {
  // python puts the zone into the path unquoted
  const path = zone ? `/os-hosts?zone=${zone}` : "/os-hosts";
  const body = (await compute.request(path, { headers: V21 })).body;
  return listOfObjects<HostRow>(body, "hosts", compute.type);
}

/** osc_lib's find: GET by name, else the one listed host of that host_name; "none found". */
export async function showHost(compute: ServiceClient, host: string): Promise<HostRow[]> {
  let found: unknown;
  try {
    const body = (await compute.request(`/os-hosts/${host}`, { headers: V21 })).body;
    // osc_lib strips the enclosing dict, whatever its key
    found = body && typeof body === "object" ? Object.values(body)[0] : body;
  } catch (e) {
    if (!(e instanceof HttpError) || (e.status !== 404 && e.status !== 400)) throw e;
    const hits = (await listHosts(compute)).filter((h) => h.host_name === host);
    if (!hits.length) throw new OscError("none found (HTTP 404)");
    if (hits.length > 1) throw new OscError("many found");
    found = hits[0];
  }
  // a listed host has no "resource": python fails on it, as here
  if (!Array.isArray(found)) throw new OscError("'resource'");
  return found.map((r) => objectIn<HostRow>(r, "resource", compute.type));
}

export async function updateHost(
  compute: ServiceClient,
  host: string,
  body: Record<string, string>,
): Promise<void> {
  await compute.request(`/os-hosts/${host}`, { method: "PUT", json: body, headers: V21 });
}
