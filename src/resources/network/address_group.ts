/** Neutron address groups, as openstacksdk's AddressGroup presents them. */
import { defineResource } from "../../kit/resource.ts";

export const addressGroup = defineResource({
  service: "network",
  path: "/address-groups",
  key: "address_group",
  plural: "address_groups",
  sdkName: "AddressGroup",
  noun: "address group",
  lookup: "sdk",
  paging: "links",
  attrs: {
    id: {},
    name: {},
    description: {},
    project_id: {},
    tenant_id: { show: false },
    // python shows the raw list (no formatter)
    addresses: { type: "list" },
  },
});
