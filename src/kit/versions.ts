/** Microversion checks, one way for every service that has microversions. */
import { OscError } from "../errors.ts";
import type { ServiceClient } from "../http/service.ts";
import { compareVersions } from "../http/microversion.ts";

/** The client speaks `min` or newer with this service. */
export function supports(svc: ServiceClient, min: string): boolean {
  return svc.microversion !== undefined && compareVersions(svc.microversion, min) >= 0;
}

/** python's "--os-compute-api-version 2.10 or greater is required to support the --user option". */
export function requireVersion(svc: ServiceClient, min: string, what: string): void {
  if (supports(svc, min)) return;
  const flag = svc.type === "compute"
    ? "compute"
    : svc.type === "block-storage"
    ? "volume"
    : svc.type;
  throw new OscError(`--os-${flag}-api-version ${min} or greater is required to support ${what}`);
}

/**
 * The microversion openstacksdk sends for a resource that declares `max`
 * (`_max_microversion`): the pinned one as it is, else the lower of `max` and
 * the negotiated one.
 */
export function sdkMicroversion(
  svc: ServiceClient,
  pinned: boolean,
  max: string,
): string | undefined {
  const mv = svc.microversion;
  if (!mv || pinned || compareVersions(mv, max) <= 0) return mv;
  return max;
}

/** The headers that ask for `mv` (none for the legacy API). */
export function microversionHeaders(
  svc: ServiceClient,
  mv: string | undefined,
): Record<string, string> | undefined {
  if (!mv) return undefined;
  const name = svc.type === "block-storage" ? "volume" : svc.type;
  const headers: Record<string, string> = { "OpenStack-API-Version": `${name} ${mv}` };
  if (svc.type === "compute") headers["X-OpenStack-Nova-API-Version"] = mv;
  return headers;
}

/** python's "--os-volume-api-version 3.3 or greater is required to support the 'x' command". */
export function requireCommandVersion(svc: ServiceClient, min: string, command: string): void {
  requireVersion(svc, min, `the '${command}' command`);
}
