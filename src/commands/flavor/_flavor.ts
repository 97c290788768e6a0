/** flavor list/show over the Flavor resource's attribute table. */
import type { Flavor } from "../../api/compute/flavors.ts";
import { attrValue, type Column, showResult } from "../../kit/attrs.ts";
import type { ShowResult } from "../../output/types.ts";
import { flavor } from "../../resources/compute/flavor.ts";

export const LIST: readonly Column[] = [
  ["ID", "id"],
  ["Name", "name"],
  ["RAM", "ram"],
  ["Disk", "disk"],
  ["Ephemeral", "ephemeral"],
  ["VCPUs", "vcpus"],
  ["Is Public", "is_public"],
];
export const LONG: readonly Column[] = [
  ...LIST,
  ["Swap", "swap"],
  ["RXTX Factor", "rxtx_factor"],
  ["Properties", "extra_specs"],
];

/** getattr(flavor, attr) on the SDK resource. */
export function flavorAttr(f: Flavor, attr: string): unknown {
  return attrValue(flavor.attrs, f, attr);
}

/** Every attribute but original_name, and the projects a private flavor is shared with. */
export function flavorShow(f: Flavor, accessProjectIds: string[] | null): ShowResult {
  return showResult(flavor.attrs, f, { extra: { access_project_ids: accessProjectIds } });
}
