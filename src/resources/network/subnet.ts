/** Neutron subnets, as openstacksdk's Subnet presents them to the subnet commands. */
import { defineResource } from "../../kit/resource.ts";
import { formatted } from "../../output/types.ts";
import { formatListOfDicts } from "../../columns/format.ts";

type Dict = Record<string, unknown>;

/** "start-end" per pool, joined with commas. */
function pools(value: unknown) {
  if (!Array.isArray(value)) return formatted("None", value ?? null);
  return formatted(value.map((p: Dict) => `${p.start ?? ""}-${p.end ?? ""}`).join(","), value);
}

/** Host routes as the options spell them: "nexthop" reads "gateway". */
function routes(value: unknown) {
  if (!Array.isArray(value)) return formatted("None", value ?? null);
  const shown = value.map((r: Dict) => {
    const { nexthop, ...rest } = r;
    return "nexthop" in r ? { ...rest, gateway: nexthop } : r;
  });
  return formatted(formatListOfDicts(shown), value);
}

export const subnet = defineResource({
  service: "network",
  path: "/subnets",
  key: "subnet",
  plural: "subnets",
  sdkName: "Subnet",
  noun: "subnet",
  lookup: "sdk",
  paging: "links",
  attrs: {
    allocation_pools: { type: "list", format: pools },
    cidr: {},
    created_at: {},
    description: {},
    dns_nameservers: { type: "list", format: "list" },
    dns_publish_fixed_ip: { type: "bool" },
    gateway_ip: {},
    host_routes: { type: "list", format: routes },
    ip_version: { type: "int" },
    ipv6_address_mode: {},
    ipv6_ra_mode: {},
    is_dhcp_enabled: { key: "enable_dhcp", type: "bool", show: "enable_dhcp" },
    name: {},
    network_id: {},
    prefix_length: { key: "prefixlen", show: false },
    project_id: {},
    tenant_id: { show: false },
    segment_id: {},
    service_types: { type: "list", format: "list" },
    subnet_pool_id: { key: "subnetpool_id", show: "subnetpool_id" },
    updated_at: {},
    use_default_subnet_pool: { key: "use_default_subnetpool", type: "bool", show: false },
    revision_number: { type: "int" },
    id: {},
    tags: { type: "list", default: [], format: "list" },
  },
});
