/** Neutron floating IPs, as openstacksdk's FloatingIP presents them (its name is the address). */
import { formatDict } from "../../columns/format.ts";
import { defineResource } from "../../kit/resource.ts";

export const floatingIp = defineResource({
  service: "network",
  path: "/floatingips",
  key: "floatingip",
  plural: "floatingips",
  sdkName: "FloatingIP",
  noun: "floating_ip",
  lookup: "sdk",
  paging: "links",
  // openstacksdk knows no name filter for floating IPs: a lookup lists them all
  nameFilter: null,
  attrs: {
    created_at: {},
    description: {},
    dns_domain: {},
    dns_name: {},
    fixed_ip_address: {},
    floating_ip_address: {},
    name: { key: "floating_ip_address" },
    floating_network_id: {},
    // utils.format_dict as a plain function: its text in every format
    port_details: {
      type: "dict",
      format: (v) =>
        v === null || v === undefined ? null : formatDict(v as Record<string, unknown>),
    },
    port_id: {},
    qos_policy_id: {},
    project_id: { compute: (i) => i.project_id ?? i.tenant_id ?? null },
    tenant_id: { show: false },
    router_id: {},
    status: {},
    updated_at: {},
    subnet_id: {},
    revision_number: { type: "int" },
    id: {},
    tags: { type: "list", default: [] },
    location: { show: false },
  },
});
