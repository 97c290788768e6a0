/** What the QoS rule commands share: the policy and rule lookups, options and checks. */
import { flag } from "../../cli/flags.ts";
import type { FlagValues } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import type { ServiceClient } from "../../http/service.ts";
import { findItem, type Item } from "../../kit/resource.ts";
import { deleteDescriber } from "../../kit/wording.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import {
  MANDATORY,
  OPTIONAL,
  RULE_TYPES,
  type RuleType,
} from "../../resources/network/qos_rule.ts";

export const policyPositional = {
  name: "qosPolicy",
  metavar: "<qos-policy>",
  help: "QoS policy the rule belongs to (name or ID)",
};
export const rulePositional = { name: "id", metavar: "<rule-id>", help: "Rule (ID)" };

export const ruleFlags = {
  maxKbps: flag.integer({ metavar: "<max-kbps>", help: "Bandwidth limit (kbps)" }),
  maxBurstKbits: flag.integer({
    metavar: "<max-burst-kbits>",
    help: "Burst size of a bandwidth limit (kbits; default: Neutron's, 80% of the limit)",
  }),
  dscpMark: flag.integer({ metavar: "<dscp-mark>", help: "DSCP mark (an even number, 0-56)" }),
  minKbps: flag.integer({ metavar: "<min-kbps>", help: "Guaranteed bandwidth (kbps)" }),
  minKpps: flag.integer({ metavar: "<min-kpps>", help: "Guaranteed packet rate (kpps)" }),
  ingress: flag.boolean({ group: "direction", help: "Traffic into the project's ports" }),
  egress: flag.boolean({ group: "direction", help: "Traffic out of the project's ports" }),
  any: flag.boolean({
    group: "direction",
    help: "Both directions (minimum packet rate rules only)",
  }),
};
type RuleFlags = FlagValues<typeof ruleFlags>;

/** str() of what python caught, after "Failed to … Network QoS rule …: ". */
export const why = deleteDescriber("sdk");

export function findPolicy(svc: ServiceClient, nameOrId: string): Promise<Item> {
  return findItem(svc, qosPolicy, nameOrId);
}

/** The rule's type, from the policy's own list of rules ("bandwidth_limit" → "bandwidth-limit"). */
export function ruleType(policy: Item, id: string): RuleType | undefined {
  const rules = (policy.rules ?? []) as { id?: string; type?: string }[];
  const t = rules.find((r) => r.id === id)?.type?.replaceAll("_", "-");
  return RULE_TYPES.find((x) => x === t) ?? (t as RuleType | undefined);
}

/** python's _get_attrs after the lookups: the body, checked against the type's options. */
export function ruleAttrs(
  f: RuleFlags,
  type: RuleType,
  isCreate: boolean,
): Record<string, unknown> {
  const attrs: Record<string, unknown> = {};
  if (f.maxKbps !== undefined) attrs.max_kbps = f.maxKbps;
  if (f.maxBurstKbits !== undefined) attrs.max_burst_kbps = f.maxBurstKbits;
  if (f.dscpMark !== undefined) attrs.dscp_mark = f.dscpMark;
  if (f.minKbps !== undefined) attrs.min_kbps = f.minKbps;
  if (f.minKpps !== undefined) attrs.min_kpps = f.minKpps;
  if (f.ingress) attrs.direction = "ingress";
  if (f.egress) attrs.direction = "egress";
  if (f.any) {
    if (type !== "minimum-packet-rate") {
      throw new OscError('Direction "any" can only be used with minimum-packet-rate rule type');
    }
    attrs.direction = "any";
  }
  const required = MANDATORY[type] ?? [];
  const own = new Set([...required, ...(OPTIONAL[type] ?? [])]);
  const others = new Set(
    Object.entries(MANDATORY).filter(([t]) => t !== type).flatMap(([, v]) => v),
  );
  for (const o of own) others.delete(o);
  if (isCreate && required.some((k) => attrs[k] === undefined)) {
    throw new OscError(
      `"Create" rule command for type "${type}" requires arguments: ${
        [...required].sort().join(", ")
      }`,
    );
  }
  if (Object.keys(attrs).some((k) => others.has(k))) {
    throw new OscError(
      `Rule type "${type}" only requires arguments: ${[...own].sort().join(", ")}`,
    );
  }
  return attrs;
}
