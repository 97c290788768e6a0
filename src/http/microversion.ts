/** Compute microversion negotiation: the highest version both sides speak. */
import { OscError } from "../errors.ts";
import type { HttpClient } from "./client.ts";
import type { TokenSource } from "./service.ts";
import type { VersionDoc } from "../auth/token_cache.ts";

/** The newest compute microversion whose responses this client understands. */
export const CLIENT_MAX_COMPUTE = "2.96";
export const CLIENT_MIN_COMPUTE = "2.1";

export function parseVersion(v: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(v.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function compareVersions(a: string, b: string): number {
  const [am, an] = parseVersion(a) ?? [0, 0];
  const [bm, bn] = parseVersion(b) ?? [0, 0];
  return am - bm || an - bn;
}

/** True when the version must be negotiated (nothing pinned). */
function negotiated(requested: string | undefined): boolean {
  return !requested || requested === "2" || requested === "2.latest";
}

/** The version to send for a pinned request; undefined for "2.0" (legacy, no header). */
function pinned(requested: string): string | undefined {
  if (requested === "2.0") return undefined;
  if (!parseVersion(requested)) {
    throw new OscError(`Invalid compute API version '${requested}': expected MAJOR.MINOR`);
  }
  return requested;
}

/** GET <endpoint>/: the endpoint's version document (max and min microversion). */
export async function discoverComputeVersion(
  endpoint: string,
  http: HttpClient,
  tokens: TokenSource,
): Promise<VersionDoc> {
  const url = endpoint.replace(/\/+$/, "") + "/";
  const get = async (token: string) =>
    await http.request(url, { headers: { "X-Auth-Token": token } });
  let res;
  try {
    res = await get(await tokens.token());
  } catch (e) {
    if ((e as { status?: number }).status !== 401) throw e;
    const fresh = await tokens.refresh();
    if (!fresh) throw e;
    res = await get(fresh);
  }
  const doc = (res.body as { version?: { version?: string; min_version?: string } })?.version;
  // A version document of the wrong shape means "no microversions" (2.1), never a crash.
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const max = str(doc?.version) ?? "";
  const min = str(doc?.min_version);
  return { max, ...(min ? { min } : {}) };
}

/** The microversion for a version document: the highest both sides speak. */
export function chooseComputeVersion(doc: VersionDoc): string {
  if (!doc.max) return CLIENT_MIN_COMPUTE;
  return compareVersions(doc.max, CLIENT_MAX_COMPUTE) < 0 ? doc.max : CLIENT_MAX_COMPUTE;
}

/**
 * requested: "2.53" pins; undefined, "2" or "2.latest" negotiates (calling
 * `discover` only then; the session answers it from the token cache when it
 * can). "2.0" selects the legacy API with no microversion header.
 */
export async function negotiateComputeVersion(
  requested: string | undefined,
  discover: () => Promise<VersionDoc>,
): Promise<string | undefined> {
  if (!negotiated(requested)) return pinned(requested!);
  return chooseComputeVersion(await discover());
}
