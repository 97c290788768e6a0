/** A Neutron network as openstacksdk's Network resource presents it to network list/show. */
import type { Network } from "../../api/network/networks.ts";
import { sdkConvert, type SdkType } from "../../api/sdk.ts";
import { boolColumn, listColumn } from "../../columns/format.ts";
import type { Cell, ShowResult } from "../../output/types.ts";

/** attr → [JSON key, type, default when absent] */
const ATTRS: Record<string, [string, SdkType?, unknown?]> = {
  availability_zone_hints: ["availability_zone_hints"],
  availability_zones: ["availability_zones"],
  created_at: ["created_at"],
  description: ["description"],
  dns_domain: ["dns_domain"],
  ipv4_address_scope_id: ["ipv4_address_scope"],
  ipv6_address_scope_id: ["ipv6_address_scope"],
  is_admin_state_up: ["admin_state_up", "bool"],
  is_default: ["is_default", "bool"],
  is_port_security_enabled: ["port_security_enabled", "bool", false],
  is_router_external: ["router:external", "bool", false],
  is_shared: ["shared", "bool"],
  mtu: ["mtu", "int"],
  name: ["name"],
  project_id: ["project_id"],
  provider_network_type: ["provider:network_type"],
  provider_physical_network: ["provider:physical_network"],
  provider_segmentation_id: ["provider:segmentation_id"],
  qos_policy_id: ["qos_policy_id"],
  segments: ["segments"],
  status: ["status"],
  subnet_ids: ["subnets", "list"],
  updated_at: ["updated_at"],
  is_vlan_transparent: ["vlan_transparent", "bool"],
  revision_number: ["revision_number", "int"],
  id: ["id"],
  tags: ["tags", "list", []],
};

function attr(n: Network, name: string): unknown {
  const [key, type, dflt] = ATTRS[name];
  return key in n ? sdkConvert(n[key], type) : dflt ?? null;
}

/** The python client's formatters, by attribute. */
function cell(n: Network, name: string): Cell {
  const v = attr(n, name);
  switch (name) {
    case "subnet_ids":
    case "availability_zones":
    case "availability_zone_hints":
    case "tags":
      return listColumn(v as unknown[] | null);
    case "is_admin_state_up":
      return boolColumn(v, "UP", "DOWN");
    case "is_router_external":
      return boolColumn(v, "External", "Internal");
    default:
      return v as Cell;
  }
}

export const LIST: [string, string][] = [["ID", "id"], ["Name", "name"], ["Subnets", "subnet_ids"]];
export const LONG: [string, string][] = [
  ["ID", "id"],
  ["Name", "name"],
  ["Status", "status"],
  ["Project", "project_id"],
  ["State", "is_admin_state_up"],
  ["Shared", "is_shared"],
  ["Subnets", "subnet_ids"],
  ["Network Type", "provider_network_type"],
  ["Router Type", "is_router_external"],
  ["Availability Zones", "availability_zones"],
  ["Tags", "tags"],
];

export function networkRow(n: Network, cols: readonly [string, string][]): Cell[] {
  return cols.map(([, a]) => cell(n, a));
}

/** network show: every SDK attribute, some renamed, sorted by the displayed name. */
const RENAMED: Record<string, string> = {
  subnet_ids: "subnets",
  is_admin_state_up: "admin_state_up",
  is_router_external: "router:external",
  is_port_security_enabled: "port_security_enabled",
  provider_network_type: "provider:network_type",
  provider_physical_network: "provider:physical_network",
  provider_segmentation_id: "provider:segmentation_id",
  is_shared: "shared",
  ipv4_address_scope_id: "ipv4_address_scope",
  ipv6_address_scope_id: "ipv6_address_scope",
};

const SHOW: [string, string][] = Object.keys(ATTRS).map((a) =>
  [RENAMED[a] ?? a, a] as [
    string,
    string,
  ]
).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

export function networkShow(n: Network): ShowResult {
  return { kind: "show", fields: SHOW.map(([d]) => d), values: SHOW.map(([, a]) => cell(n, a)) };
}
