/**
 * Neutron QoS rules: four types, each its own collection under its policy, with its own
 * attributes (openstacksdk's QoSBandwidthLimitRule, QoSDSCPMarkingRule,
 * QoSMinimumBandwidthRule, QoSMinimumPacketRateRule).
 */
import type { AttrTable } from "../../kit/attrs.ts";
import { defineResource, type Resource } from "../../kit/resource.ts";

export const RULE_TYPES = [
  "minimum-bandwidth",
  "minimum-packet-rate",
  "dscp-marking",
  "bandwidth-limit",
] as const;
export type RuleType = typeof RULE_TYPES[number];

const ATTRS: Record<RuleType, AttrTable> = {
  "bandwidth-limit": { max_kbps: {}, max_burst_kbps: {}, direction: {}, id: {}, name: {} },
  "dscp-marking": { dscp_mark: {}, id: {}, name: {} },
  "minimum-bandwidth": { min_kbps: {}, direction: {}, id: {}, name: {} },
  "minimum-packet-rate": { direction: {}, min_kpps: {}, id: {}, name: {} },
};

/** Options each type must have on create, and may have besides (python's tables). */
export const MANDATORY: Record<RuleType, readonly string[]> = {
  "minimum-bandwidth": ["min_kbps", "direction"],
  "minimum-packet-rate": ["min_kpps", "direction"],
  "dscp-marking": ["dscp_mark"],
  "bandwidth-limit": ["max_kbps"],
};
export const OPTIONAL: Record<RuleType, readonly string[]> = {
  "minimum-bandwidth": [],
  "minimum-packet-rate": [],
  "dscp-marking": [],
  "bandwidth-limit": ["direction", "max_burst_kbps"],
};

/** The collection of one type's rules in one policy. */
export function qosRule(type: RuleType, policyId: string): Resource {
  const key = `${type.replaceAll("-", "_")}_rule`;
  return defineResource({
    service: "network",
    path: `/qos/policies/${encodeURIComponent(policyId)}/${key}s`,
    key,
    plural: `${key}s`,
    sdkName: "QoSRule",
    noun: "network QoS rule",
    lookup: "get",
    paging: "none",
    attrs: ATTRS[type],
  });
}
