/** Neutron security group rules, as openstacksdk's SecurityGroupRule presents them. */
import { defineResource } from "../../kit/resource.ts";

export const securityGroupRule = defineResource({
  service: "network",
  path: "/security-group-rules",
  key: "security_group_rule",
  plural: "security_group_rules",
  sdkName: "SecurityGroupRule",
  noun: "security group rule",
  lookup: "sdk",
  paging: "links",
  // Neutron refuses a name filter on rules: openstacksdk matches names in the full list
  nameFilter: null,
  attrs: {
    created_at: {},
    description: {},
    direction: {},
    ether_type: { key: "ethertype" },
    port_range_max: { type: "int" },
    port_range_min: { type: "int" },
    project_id: {},
    protocol: {},
    remote_group_id: {},
    remote_address_group_id: {},
    remote_ip_prefix: {},
    security_group_id: {},
    tenant_id: { show: false },
    updated_at: {},
    revision_number: { type: "int" },
    id: {},
    name: {},
    tags: { type: "list", default: [] },
  },
});

/** The whole range of the rule's ethertype where it has no prefix (rules made long ago). */
export function remotePrefix(rule: Readonly<Record<string, unknown>>): unknown {
  const prefix = rule.remote_ip_prefix ?? null;
  if (prefix !== null) return prefix;
  if (rule.ethertype === "IPv4") return "0.0.0.0/0";
  if (rule.ethertype === "IPv6") return "::/0";
  return null;
}

const ICMP = ["icmp", "icmpv6", "ipv6-icmp", "1", "58"];

export function isIcmp(protocol: unknown): boolean {
  return typeof protocol === "string" && ICMP.includes(protocol);
}
