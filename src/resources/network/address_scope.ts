/** Neutron address scopes, as openstacksdk's AddressScope presents them. */
import { defineResource } from "../../kit/resource.ts";

export const addressScope = defineResource({
  service: "network",
  path: "/address-scopes",
  key: "address_scope",
  plural: "address_scopes",
  sdkName: "AddressScope",
  noun: "address scope",
  lookup: "sdk",
  paging: "links",
  attrs: {
    name: {},
    project_id: {},
    tenant_id: { show: false },
    ip_version: { type: "int" },
    is_shared: { key: "shared", type: "bool", show: "shared" },
    id: {},
  },
});
