/** Nova hypervisors, as novaclient reads them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { compareVersions } from "../../http/microversion.ts";

export type Hypervisor = Record<string, unknown> & { id: string | number };

/**
 * The newest microversion at which the hypervisor commands keep their columns
 * (2.88 drops the usage fields and the statistics API).
 */
export const HYPERVISOR_MAX = "2.87";

/** The microversion these commands speak: the pinned one, else at most 2.87. */
export function hypervisorVersion(compute: ServiceClient, pinned: boolean): string | undefined {
  const mv = compute.microversion;
  if (!mv || pinned || compareVersions(mv, HYPERVISOR_MAX) <= 0) return mv;
  return HYPERVISOR_MAX;
}

export function versionHeaders(mv: string | undefined): Record<string, string> | undefined {
  return mv
    ? { "OpenStack-API-Version": `compute ${mv}`, "X-OpenStack-Nova-API-Version": mv }
    : undefined;
}

export async function listHypervisors(
  compute: ServiceClient,
  mv: string | undefined,
  page: { limit?: number; marker?: string } = {},
): Promise<Hypervisor[]> {
  const body = (await compute.request("/os-hypervisors/detail", {
    query: { limit: page.limit, marker: page.marker },
    headers: versionHeaders(mv),
  })).body;
  return listOfObjects<Hypervisor>(body, "hypervisors", compute.type);
}

/** novaclient's search: the hostname pattern (2.53+) or the legacy search route. */
export async function searchHypervisors(
  compute: ServiceClient,
  mv: string | undefined,
  pattern: string,
): Promise<Hypervisor[]> {
  const at253 = mv !== undefined && compareVersions(mv, "2.53") >= 0;
  const path = at253
    ? `/os-hypervisors?hypervisor_hostname_pattern=${encodeURIComponent(pattern)}`
    : `/os-hypervisors/${encodeURIComponent(pattern)}/search`;
  const body = (await compute.request(path, { headers: versionHeaders(mv) })).body;
  return listOfObjects<Hypervisor>(body, "hypervisors", compute.type);
}

export async function getHypervisor(
  compute: ServiceClient,
  mv: string | undefined,
  id: string,
): Promise<Hypervisor> {
  const body = (await compute.request(`/os-hypervisors/${encodeURIComponent(id)}`, {
    headers: versionHeaders(mv),
  })).body;
  return objectIn<Hypervisor>(body, "hypervisor", compute.type);
}

/** GET …/uptime (before 2.88; from 2.88 the hypervisor itself carries it). */
export async function hypervisorUptime(
  compute: ServiceClient,
  mv: string | undefined,
  id: string,
): Promise<unknown> {
  const at288 = mv !== undefined && compareVersions(mv, "2.88") >= 0;
  const path = `/os-hypervisors/${encodeURIComponent(id)}${at288 ? "" : "/uptime"}`;
  const body = (await compute.request(path, { headers: versionHeaders(mv) })).body;
  return objectIn<Hypervisor>(body, "hypervisor", compute.type).uptime;
}

export async function hypervisorStatistics(
  compute: ServiceClient,
  mv: string | undefined,
): Promise<Record<string, unknown>> {
  const body = (await compute.request("/os-hypervisors/statistics", {
    headers: versionHeaders(mv),
  })).body;
  return objectIn<Record<string, unknown>>(body, "hypervisor_statistics", compute.type);
}
