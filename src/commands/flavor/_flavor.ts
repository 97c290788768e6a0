/** A Nova flavor as openstacksdk's Flavor resource presents it to flavor list/show. */
import type { Flavor } from "../../api/compute/flavors.ts";
import { sdkConvert, type SdkType } from "../../api/sdk.ts";
import { sdkFlavorId } from "../../api/compute/flavors.ts";
import { dictColumn } from "../../columns/format.ts";
import type { Cell, ShowResult } from "../../output/types.ts";

/** Flavor body attributes: name, JSON key, type, default when the key is absent. */
const ATTRS: Record<string, [string, SdkType | undefined, unknown]> = {
  name: ["name", undefined, null],
  original_name: ["original_name", undefined, null],
  description: ["description", undefined, null],
  disk: ["disk", "int", 0],
  is_public: ["os-flavor-access:is_public", "bool", true],
  ram: ["ram", "int", 0],
  vcpus: ["vcpus", "int", 0],
  swap: ["swap", undefined, 0],
  ephemeral: ["OS-FLV-EXT-DATA:ephemeral", "int", 0],
  is_disabled: ["OS-FLV-DISABLED:disabled", "bool", null],
  rxtx_factor: ["rxtx_factor", "float", null],
  extra_specs: ["extra_specs", "dict", {}],
};

/** getattr(flavor, attr) on the SDK resource. */
export function flavorAttr(f: Flavor, attr: string): unknown {
  if (attr === "id") return sdkFlavorId(f) ?? null;
  const [key, type, dflt] = ATTRS[attr];
  if (!(key in f)) {
    // `name` is aliased to original_name (the embedded flavor of a server)
    if (attr === "name" && "original_name" in f) return flavorAttr(f, "original_name");
    return dflt;
  }
  return sdkConvert(f[key], type);
}

function cell(f: Flavor, attr: string): Cell {
  const v = flavorAttr(f, attr);
  return attr === "extra_specs" ? dictColumn(v as Record<string, unknown> | null) : v as Cell;
}

export const LIST_ATTRS = ["id", "name", "ram", "disk", "ephemeral", "vcpus", "is_public"];
export const LIST_HEADERS = ["ID", "Name", "RAM", "Disk", "Ephemeral", "VCPUs", "Is Public"];
export const LONG_ATTRS = ["swap", "rxtx_factor", "extra_specs"];
export const LONG_HEADERS = ["Swap", "RXTX Factor", "Properties"];

export function flavorRow(f: Flavor, long: boolean): Cell[] {
  return [...LIST_ATTRS, ...(long ? LONG_ATTRS : [])].map((a) => cell(f, a));
}

/** Display name → attribute, for flavor show (python renames some SDK attributes). */
const SHOW: [string, string][] = [
  ["OS-FLV-DISABLED:disabled", "is_disabled"],
  ["OS-FLV-EXT-DATA:ephemeral", "ephemeral"],
  ["access_project_ids", "access_project_ids"],
  ["description", "description"],
  ["disk", "disk"],
  ["id", "id"],
  ["name", "name"],
  ["os-flavor-access:is_public", "is_public"],
  ["properties", "extra_specs"],
  ["ram", "ram"],
  ["rxtx_factor", "rxtx_factor"],
  ["swap", "swap"],
  ["vcpus", "vcpus"],
];

export function flavorShow(f: Flavor, accessProjectIds: string[] | null): ShowResult {
  return {
    kind: "show",
    fields: SHOW.map(([d]) => d),
    values: SHOW.map(([, a]) => (a === "access_project_ids" ? accessProjectIds : cell(f, a))),
  };
}
