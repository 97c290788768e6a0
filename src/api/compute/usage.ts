/** Nova's os-simple-tenant-usage, as novaclient asks for it. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";

export type TenantUsage = Record<string, unknown> & {
  tenant_id?: string;
  server_usages?: Record<string, unknown>[];
};

/** novaclient's query: start and end (isoformat), then marker, then detailed. */
function usagePath(path: string, start: string, end: string, marker?: string, detailed?: boolean) {
  // novaclient writes the query by hand, unquoted
  let q = `?start=${start}&end=${end}`;
  if (marker) q += `&marker=${marker}`;
  if (detailed !== undefined) q += `&detailed=${detailed ? 1 : 0}`;
  return `/os-simple-tenant-usage${path}${q}`;
}

export async function listUsage(
  compute: ServiceClient,
  start: string,
  end: string,
  marker?: string,
): Promise<TenantUsage[]> {
  const body = (await compute.request(usagePath("", start, end, marker, true))).body;
  return listOfObjects<TenantUsage>(body, "tenant_usages", compute.type);
}

export async function getUsage(
  compute: ServiceClient,
  projectId: string,
  start: string,
  end: string,
): Promise<TenantUsage> {
  const body = (await compute.request(usagePath(`/${projectId}`, start, end))).body;
  return objectIn<TenantUsage>(body, "tenant_usage", compute.type);
}
