/** Neutron service profiles ("network flavor profile"), as openstacksdk's ServiceProfile. */
import { defineResource } from "../../kit/resource.ts";

export const serviceProfile = defineResource({
  service: "network",
  path: "/service_profiles",
  key: "service_profile",
  plural: "service_profiles",
  sdkName: "ServiceProfile",
  noun: "network flavor profile",
  lookup: "sdk",
  paging: "links",
  // openstacksdk's find lists every profile: the query has no name filter
  nameFilter: null,
  attrs: {
    description: {},
    driver: {},
    is_enabled: { key: "enabled", type: "bool", show: "enabled" },
    meta_info: { key: "metainfo" },
    project_id: { compute: (i) => i.project_id ?? i.tenant_id ?? null },
    tenant_id: { show: false },
    id: {},
    name: { show: false },
    location: { show: false },
  },
});
