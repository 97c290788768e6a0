/** Neutron subnet pools, as openstacksdk's SubnetPool presents them. */
import { defineResource } from "../../kit/resource.ts";

export const subnetPool = defineResource({
  service: "network",
  path: "/subnetpools",
  key: "subnetpool",
  plural: "subnetpools",
  sdkName: "SubnetPool",
  noun: "subnet pool",
  lookup: "sdk",
  paging: "links",
  attrs: {
    address_scope_id: {},
    created_at: {},
    default_prefix_length: { key: "default_prefixlen", type: "int", show: "default_prefixlen" },
    default_quota: { type: "int" },
    description: {},
    ip_version: { type: "int" },
    is_default: { type: "bool" },
    is_shared: { key: "shared", type: "bool", show: "shared" },
    maximum_prefix_length: { key: "max_prefixlen", type: "int", show: "max_prefixlen" },
    minimum_prefix_length: { key: "min_prefixlen", type: "int", show: "min_prefixlen" },
    name: {},
    project_id: {},
    tenant_id: { show: false },
    prefixes: { type: "list", format: "list" },
    revision_number: { type: "int" },
    updated_at: {},
    id: {},
    tags: { type: "list", default: [], format: "list" },
  },
});
