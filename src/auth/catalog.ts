/** Picking an endpoint out of a Keystone v3 service catalog. */
import { OscError } from "../errors.ts";

export interface CatalogEndpoint {
  interface: string;
  region?: string | null;
  region_id?: string | null;
  url: string;
}

export interface CatalogService {
  type: string;
  name?: string;
  endpoints: CatalogEndpoint[];
}

/**
 * Official aliases (service-types-authority), oldest last: a cloud may still
 * register block storage as volumev3 or volume.
 */
const ALIASES: Record<string, string[]> = {
  "block-storage": ["block-storage", "volumev3", "volumev2", "volume", "block-store"],
  "compute": ["compute"],
  "image": ["image"],
  "network": ["network"],
  "identity": ["identity"],
  "object-store": ["object-store"],
  "placement": ["placement"],
  "load-balancer": ["load-balancer", "octavia"],
  "key-manager": ["key-manager"],
  "orchestration": ["orchestration"],
  "dns": ["dns"],
  "shared-file-system": ["shared-file-system", "sharev2", "share"],
};

export function canonicalType(type: string): string {
  for (const [official, aliases] of Object.entries(ALIASES)) {
    if (aliases.includes(type)) return official;
  }
  return type;
}

export function serviceAliases(type: string): string[] {
  return ALIASES[canonicalType(type)] ?? [type];
}

export interface EndpointQuery {
  type: string;
  interface: string;
  region?: string;
}

export function findEndpoint(catalog: readonly CatalogService[], q: EndpointQuery): string {
  const itf = q.interface.replace(/URL$/, "");
  for (const alias of serviceAliases(q.type)) {
    const services = catalog.filter((s) => s.type === alias);
    if (!services.length) continue;
    const endpoints = services.flatMap((s) => s.endpoints).filter((e) => e.interface === itf);
    const regions = [...new Set(endpoints.map((e) => e.region_id ?? e.region ?? ""))];
    const match = q.region
      ? endpoints.filter((e) => (e.region_id ?? e.region) === q.region)
      : endpoints;
    if (match.length) return match[0].url;
    if (q.region && regions.length) {
      throw new OscError(
        `Region ${q.region} is not a valid region for ${q.type}; valid regions: ${
          regions.sort().join(", ")
        }`,
      );
    }
  }
  const where = q.region ? ` in ${q.region} region` : "";
  throw new OscError(`${itf} endpoint for ${q.type} service${where} not found`);
}

/** All regions named in the catalog, for error messages. */
export function catalogRegions(catalog: readonly CatalogService[]): string[] {
  const set = new Set<string>();
  for (const s of catalog) {
    for (const e of s.endpoints) {
      const r = e.region_id ?? e.region;
      if (r) set.add(r);
    }
  }
  return [...set].sort();
}
