/** Compute microversion negotiation: the highest version both sides speak. */
import { CliError } from "../cli/errors.ts";
import type { HttpClient } from "./client.ts";
import type { TokenSource } from "./service.ts";

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

/**
 * requested: "2.53" pins; undefined, "2" or "2.latest" negotiates. "2.0"
 * selects the legacy API with no microversion header.
 */
export async function negotiateComputeVersion(
  endpoint: string,
  http: HttpClient,
  tokens: TokenSource,
  requested: string | undefined,
): Promise<string | undefined> {
  if (requested && requested !== "2" && requested !== "2.latest") {
    if (requested === "2.0") return undefined;
    if (!parseVersion(requested)) {
      throw new CliError(`Invalid compute API version '${requested}': expected MAJOR.MINOR`);
    }
    return requested;
  }
  const res = await http.request(endpoint.replace(/\/+$/, "") + "/", {
    headers: { "X-Auth-Token": await tokens.token() },
  });
  const doc = (res.body as { version?: { version?: string; min_version?: string } })?.version;
  const serverMax = doc?.version;
  if (!serverMax) return CLIENT_MIN_COMPUTE;
  return compareVersions(serverMax, CLIENT_MAX_COMPUTE) < 0 ? serverMax : CLIENT_MAX_COMPUTE;
}
