/** Cinder group types (microversion 3.11 and later), as cinderclient's GroupTypeManager reaches them. */
import type { ServiceClient } from "../../http/service.ts";
import { objectIn } from "../../http/errors.ts";
import { dictColumn } from "../../columns/format.ts";
import type { Cell, ShowResult } from "../../output/types.ts";
import { defineResource, findItem, type Item } from "../../kit/resource.ts";

export const groupType = defineResource({
  service: "block-storage",
  path: "/group_types",
  key: "group_type",
  plural: "group_types",
  sdkName: "GroupType",
  noun: "grouptype",
  lookup: "osc",
  paging: "none",
  attrs: {},
});

export async function findGroupType(svc: ServiceClient, nameOrId: string): Promise<Item> {
  return await findItem(svc, groupType, nameOrId, { is_public: "None" });
}

const FIELDS: [string, string][] = [
  ["ID", "id"],
  ["Name", "name"],
  ["Description", "description"],
  ["Is Public", "is_public"],
  ["Properties", "group_specs"],
];

/** _format_group_type: fixed fields (a missing one is ""), the specs as a dict. */
export function groupTypeShow(t: Record<string, unknown>): ShowResult {
  return {
    kind: "show",
    fields: FIELDS.map(([h]) => h),
    values: FIELDS.map(([, k]) => {
      const v = k in t ? t[k] : "";
      return (k === "group_specs" ? dictColumn(v as Record<string, unknown>) : v) as Cell;
    }),
  };
}

export function groupTypePath(id: string, rest = ""): string {
  return `/group_types/${encodeURIComponent(id)}${rest}`;
}

export async function getGroupSpecs(
  svc: ServiceClient,
  id: string,
): Promise<Record<string, unknown>> {
  return objectIn(await svc.get(groupTypePath(id, "/group_specs")), "group_specs", svc.type);
}
