/** Nova host aggregates, as openstacksdk's Aggregate presents them. */
import { defineResource } from "../../kit/resource.ts";
import { dictColumn } from "../../columns/format.ts";

/** Nova repeats the zone among the metadata; python's show and list --long leave it out there. */
export function metadataWithoutZone(value: unknown): ReturnType<typeof dictColumn> {
  if (!value || typeof value !== "object") return dictColumn(value as null);
  const { availability_zone: _, ...rest } = value as Record<string, unknown>;
  return dictColumn(rest);
}

export const aggregate = defineResource({
  service: "compute",
  path: "/os-aggregates",
  key: "aggregate",
  plural: "aggregates",
  sdkName: "Aggregate",
  noun: "aggregate",
  lookup: "sdk",
  paging: "none",
  // GET /os-aggregates has no filters: openstacksdk matches names itself
  nameFilter: null,
  attrs: {
    availability_zone: {},
    created_at: {},
    deleted_at: {},
    is_deleted: { key: "deleted", type: "bool" },
    name: {},
    hosts: { type: "list", format: "list" },
    metadata: { type: "dict", format: "dict", show: "properties" },
    updated_at: {},
    uuid: {},
    id: {},
    location: { show: false },
    links: { show: false },
  },
});
