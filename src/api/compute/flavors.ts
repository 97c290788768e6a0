/** Nova flavors. */
import type { ServiceClient } from "../../http/service.ts";
import { findResource, unless404 } from "../find.ts";
import { linksMarker, listPages } from "../paging.ts";
import { sdkFind } from "../sdk.ts";
import { compareVersions } from "../../http/microversion.ts";
import { objectIn } from "../../http/errors.ts";

export interface Flavor {
  id: string;
  name: string;
  ram?: number;
  vcpus?: number;
  disk?: number;
  [key: string]: unknown;
}

export async function getFlavor(compute: ServiceClient, id: string): Promise<Flavor> {
  return (await compute.get<{ flavor: Flavor }>(`/flavors/${encodeURIComponent(id)}`)).flavor;
}

export async function listFlavors(compute: ServiceClient): Promise<Flavor[]> {
  return (await compute.get<{ flavors: Flavor[] }>("/flavors/detail", { is_public: "None" }))
    .flavors;
}

export async function findFlavor(compute: ServiceClient, nameOrId: string): Promise<Flavor> {
  return await findResource({
    noun: "flavor",
    byId: (id) => unless404(getFlavor(compute, id)),
    byName: () => listFlavors(compute),
  }, nameOrId);
}

// ---- openstacksdk's view of flavors (flavor list / flavor show) ----

/** openstacksdk's Flavor resource: newest microversion it reads flavors at. */
export const SDK_FLAVOR_MAX = "2.61";

/**
 * Headers for the microversion openstacksdk would send for flavors: the
 * pinned one as is, else the lower of 2.61 and the negotiated one (above 2.75
 * Nova writes a flavor's empty swap as 0 rather than "").
 */
export function sdkFlavorHeaders(
  compute: ServiceClient,
  pinned: boolean,
): Record<string, string> | undefined {
  const mv = compute.microversion;
  if (!mv || pinned || compareVersions(mv, SDK_FLAVOR_MAX) <= 0) return undefined;
  return {
    "OpenStack-API-Version": `compute ${SDK_FLAVOR_MAX}`,
    "X-OpenStack-Nova-API-Version": SDK_FLAVOR_MAX,
  };
}

export interface FlavorListQuery {
  /** true: public only; false: private only; null: all ("None"). */
  isPublic: boolean | null;
  minDisk?: number;
  minRam?: number;
}

/** GET /flavors/detail, every page (or up to `limit`), in openstacksdk's parameter order. */
export async function listFlavorsDetail(
  compute: ServiceClient,
  q: FlavorListQuery,
  page: { limit?: number; marker?: string; headers?: Record<string, string> },
): Promise<Flavor[]> {
  return await listPages<Flavor>(compute, "/flavors/detail", {
    is_public: q.isPublic === null ? "None" : q.isPublic ? "True" : "False",
    minDisk: q.minDisk,
    minRam: q.minRam,
  }, {
    key: "flavors",
    next: (b) => linksMarker(b.flavors_links),
    limit: page.limit,
    marker: page.marker,
    headers: page.headers,
  });
}

/** GET /flavors/{id}/os-extra_specs */
export async function getFlavorExtraSpecs(
  compute: ServiceClient,
  id: string,
  headers?: Record<string, string>,
): Promise<Record<string, string>> {
  const res = await compute.request(`/flavors/${encodeURIComponent(id)}/os-extra_specs`, {
    headers,
  });
  return ((res.body as { extra_specs?: Record<string, string> })?.extra_specs) ?? {};
}

/** GET /flavors/{id}/os-flavor-access: the projects a private flavor is shared with. */
export async function getFlavorAccess(
  compute: ServiceClient,
  id: string,
  headers?: Record<string, string>,
): Promise<{ flavor_id: string; tenant_id: string }[]> {
  const res = await compute.request(`/flavors/${encodeURIComponent(id)}/os-flavor-access`, {
    headers,
  });
  return (res.body as { flavor_access?: { flavor_id: string; tenant_id: string }[] })
    ?.flavor_access ?? [];
}

/**
 * openstacksdk's find_flavor: GET /flavors/{id}, else every flavor (public
 * and private) matched on id or name. "No Flavor found for x".
 */
export async function sdkFindFlavor(
  compute: ServiceClient,
  nameOrId: string,
  headers?: Record<string, string>,
): Promise<Flavor> {
  return await sdkFind<Flavor>({
    resource: "Flavor",
    get: async (id) =>
      objectIn<Flavor>(
        (await compute.request(`/flavors/${encodeURIComponent(id)}`, { headers })).body,
        "flavor",
        "compute",
      ),
    list: () => listFlavorsDetail(compute, { isPublic: null }, { headers }),
    id: (f) => sdkFlavorId(f),
    name: (f) => (f.name ?? f.original_name) as string | undefined,
  }, nameOrId);
}

/** openstacksdk's Flavor.id: the first non-empty of id, name, original_name. */
export function sdkFlavorId(f: Record<string, unknown>): string | undefined {
  for (const k of ["id", "name", "original_name"]) {
    if (f[k]) return f[k] as string;
  }
  return undefined;
}

// ---- openstacksdk's flavor writes (flavor create / delete / set / unset) ----

function flavorPath(id: string, rest = ""): string {
  return `/flavors/${encodeURIComponent(id)}${rest}`;
}

/** POST /flavors: the new flavor as Nova describes it. */
export async function createFlavor(
  compute: ServiceClient,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Flavor> {
  const res = await compute.request("/flavors", {
    method: "POST",
    json: { flavor: body },
    headers,
  });
  return objectIn<Flavor>(res.body, "flavor", "compute");
}

/** DELETE /flavors/{id}. */
export async function deleteFlavor(
  compute: ServiceClient,
  id: string,
  headers?: Record<string, string>,
): Promise<void> {
  await compute.request(flavorPath(id), { method: "DELETE", headers, expectJson: false });
}

/** PUT /flavors/{id} {"flavor": {"description": …}} (2.55+). */
export async function updateFlavorDescription(
  compute: ServiceClient,
  id: string,
  description: string,
  headers?: Record<string, string>,
): Promise<void> {
  await compute.request(flavorPath(id), {
    method: "PUT",
    json: { flavor: { description } },
    headers,
  });
}

/** POST /flavors/{id}/os-extra_specs: adds or replaces the given keys; the keys Nova now has. */
export async function setFlavorExtraSpecs(
  compute: ServiceClient,
  id: string,
  specs: Record<string, string>,
  headers?: Record<string, string>,
): Promise<Record<string, string>> {
  const res = await compute.request(flavorPath(id, "/os-extra_specs"), {
    method: "POST",
    json: { extra_specs: specs },
    headers,
  });
  return (res.body as { extra_specs?: Record<string, string> })?.extra_specs ?? {};
}

/** DELETE /flavors/{id}/os-extra_specs/{key}. */
export async function deleteFlavorExtraSpec(
  compute: ServiceClient,
  id: string,
  key: string,
  headers?: Record<string, string>,
): Promise<void> {
  await compute.request(flavorPath(id, `/os-extra_specs/${encodeURIComponent(key)}`), {
    method: "DELETE",
    headers,
    expectJson: false,
  });
}

/** POST /flavors/{id}/action addTenantAccess / removeTenantAccess. */
export async function flavorTenantAccess(
  compute: ServiceClient,
  id: string,
  action: "addTenantAccess" | "removeTenantAccess",
  tenant: string,
  headers?: Record<string, string>,
): Promise<void> {
  await compute.request(flavorPath(id, "/action"), {
    method: "POST",
    json: { [action]: { tenant } },
    headers,
  });
}
