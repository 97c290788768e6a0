/** Neutron flavors (the flavors extension), as openstacksdk's Flavor presents them. */
import { defineResource } from "../../kit/resource.ts";

export const networkFlavor = defineResource({
  service: "network",
  path: "/flavors",
  key: "flavor",
  plural: "flavors",
  sdkName: "Flavor",
  noun: "network flavor",
  lookup: "sdk",
  paging: "links",
  attrs: {
    description: {},
    is_enabled: { key: "enabled", type: "bool", show: "enabled" },
    name: {},
    service_type: {},
    service_profile_ids: { key: "service_profiles", type: "list" },
    id: {},
    location: { show: false },
  },
});
