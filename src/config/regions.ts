/** Region lists of a cloud and the choice of one, as loader.py's _get_known_regions/_get_region. */
import { ConfigError } from "./errors.ts";
import { type Dict, isDict } from "./merge.ts";
import { checkSettings, normalizeKeys } from "./shape.ts";

export interface Region {
  name: string;
  /** Settings that apply only in this region (normalised). */
  values: Dict;
}

function scalarName(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  return undefined;
}

function expandRegion(entry: unknown, file: string, keyPath: string): Region {
  const plain = scalarName(entry);
  if (plain !== undefined) return { name: plain, values: {} };
  const bad = () =>
    new ConfigError(
      `${file}: ${keyPath} must be a region name or a mapping with "name" and optional "values"`,
    );
  if (!isDict(entry)) throw bad();
  const name = scalarName(entry.name);
  if (name === undefined || Object.keys(entry).some((k) => k !== "name" && k !== "values")) {
    throw bad();
  }
  const values = entry.values ?? {};
  if (!isDict(values)) throw bad();
  const normalised = normalizeKeys(values);
  checkSettings(normalised, file, `${keyPath}.values`);
  return { name, values: normalised };
}

/** Regions named by `regions` (a list) or `region_name` (a list or comma-separated string). */
export function knownRegions(settings: Dict, file: string, keyPath: string): Region[] {
  const regions = settings.regions;
  if (regions !== undefined && regions !== null) {
    if (!Array.isArray(regions)) return [];
    return regions.map((r, i) => expandRegion(r, file, `${keyPath}.regions[${i}]`));
  }
  const regionName = settings.region_name;
  if (Array.isArray(regionName)) {
    return regionName.map((r, i) => expandRegion(r, file, `${keyPath}.region_name[${i}]`));
  }
  if (typeof regionName === "string") {
    return regionName.split(",").map((name) => ({ name, values: {} }));
  }
  return [];
}

/** The requested region (must be a known one when any are known), else the first known one. */
export function selectRegion(
  cloudName: string,
  regions: readonly Region[],
  requested?: string,
): Region {
  if (!requested) return regions[0] ?? { name: "", values: {} };
  if (regions.length === 0) return { name: requested, values: {} };
  const found = regions.find((r) => r.name === requested);
  if (found) return found;
  throw new ConfigError(
    `Region ${requested} is not a valid region name for cloud ${cloudName}. Valid choices are ${
      regions.map((r) => r.name).join(",")
    }. Please note that region names are case sensitive.`,
  );
}
