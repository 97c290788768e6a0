/**
 * What port create, set and unset share: parsing the structured options
 * (argparse's actions) and python's _get_attrs, in the order python makes its lookups.
 */
import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import type { ServiceClient } from "../../http/service.ts";
import { sdkFindQosPolicy } from "../../api/network/networks.ts";
import { sdkBody } from "../../api/sdk.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId } from "../../kit/shared.ts";
import { securityGroup } from "../../resources/network/security_group.ts";
import { subnet } from "../../resources/network/subnet.ts";
import { checkKeys, multiKeyValue } from "../_common.ts";

type Dict = Record<string, unknown>;

export function parseFixedIps(entries: readonly string[]): Record<string, string>[] {
  return entries.map((e) => multiKeyValue(e, { optional: ["subnet", "ip-address"] }));
}

export function parseAddressPairs(entries: readonly string[]): Dict[] {
  return entries.map((e) => {
    const p = multiKeyValue(e, { required: ["ip-address"], optional: ["mac-address"] });
    return {
      ip_address: p["ip-address"],
      ...("mac-address" in p ? { mac_address: p["mac-address"] } : {}),
    };
  });
}

/** osc_lib's MultiKeyValueCommaAction: a part without "=" continues the value before it. */
export function multiKeyValueComma(
  entry: string,
  spec: { required?: readonly string[]; optional?: readonly string[] },
): Record<string, string> {
  const params: Record<string, string> = {};
  let key = "";
  for (const kv of entry.split(",")) {
    const eq = kv.indexOf("=");
    if (eq >= 0) {
      if (eq === 0) throw new OscError(`A key must be specified before '=': ${kv}`);
      key = kv.slice(0, eq);
      params[key] = kv.slice(eq + 1);
    } else if (Object.hasOwn(params, key)) {
      params[key] = `${params[key]},${kv}`;
    } else {
      throw new OscError(`A key=value pair is required: ${kv}`);
    }
  }
  checkKeys(Object.keys(params), spec);
  return params;
}

export function parseDhcpOptions(entries: readonly string[]): Dict[] {
  return entries.map((e) => {
    const o = multiKeyValueComma(e, { required: ["name"], optional: ["value", "ip-version"] });
    return {
      opt_name: o.name,
      ...("value" in o ? { opt_value: o.value } : {}),
      ...("ip-version" in o ? { ip_version: o["ip-version"] } : {}),
    };
  });
}

/** JSONKeyValueAction: each entry JSON (merged into the dict) or key=value. */
export function parseBindingProfile(entries: readonly string[]): Dict | undefined {
  if (!entries.length) return undefined;
  const out: Dict = {};
  for (const e of entries) {
    let why: string;
    try {
      Object.assign(out, dictUpdate(JSON.parse(e)));
      continue;
    } catch (err) {
      if (err instanceof OscError) throw err;
      why = err instanceof ValueError ? err.message : jsonError(e);
    }
    const eq = e.indexOf("=");
    if (eq < 0) {
      throw new OscError(
        `Expected '<key>=<value>' or JSON data for option --binding-profile, but encountered JSON parsing error: ${why}`,
      );
    }
    out[e.slice(0, eq)] = e.slice(eq + 1);
  }
  return out;
}

class ValueError extends Error {}

/** dict.update(value) of a parsed JSON value: what python accepts, and its errors. */
function dictUpdate(v: unknown): Dict {
  if (typeof v === "object" && v !== null && !Array.isArray(v)) return v as Dict;
  if (typeof v === "string" || Array.isArray(v)) {
    const out: Dict = {};
    [...v].forEach((el: unknown, i) => {
      const seq = typeof el === "string" ? [...el] : Array.isArray(el) ? el : undefined;
      if (!seq) {
        throw new OscError(
          `cannot convert dictionary update sequence element #${i} to a sequence`,
        );
      }
      if (seq.length !== 2) {
        throw new ValueError(
          `dictionary update sequence element #${i} has length ${seq.length}; 2 is required`,
        );
      }
      out[String(seq[0])] = seq[1];
    });
    return out;
  }
  const type = v === null
    ? "NoneType"
    : typeof v === "boolean"
    ? "bool"
    : Number.isInteger(v)
    ? "int"
    : "float";
  throw new OscError(`'${type}' object is not iterable`);
}

/** Python's json message where no value starts (the usual typo); JSON's own shape differs. */
function jsonError(s: string): string {
  const at = s.length - s.trimStart().length;
  return `Expecting value: line 1 column ${at + 1} (char ${at})`;
}

/**
 * _prepare_fixed_ips: subnet names become subnet_id, ip-address becomes ip_address
 * (the key order python's dict ends with, which its messages show).
 */
export async function resolveFixedIps(
  svc: ServiceClient,
  specs: readonly Record<string, string>[],
): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for (const spec of specs) {
    const m = new Map(Object.entries(spec));
    const name = m.get("subnet");
    if (name) {
      const id = (await findItem(svc, subnet, name)).id;
      m.delete("subnet");
      m.set("subnet_id", id);
    }
    if (m.has("ip-address")) {
      const ip = m.get("ip-address")!;
      m.delete("ip-address");
      m.set("ip_address", ip);
    }
    out.push(Object.fromEntries(m));
  }
  return out;
}

export async function securityGroupIds(
  svc: ServiceClient,
  names: readonly string[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const n of names) ids.push((await findItem(svc, securityGroup, n)).id);
  return ids;
}

/** The flags _get_attrs reads (create's --network and --project, set's --name and --enable). */
export interface CommonFlags {
  description?: string;
  device?: string;
  deviceOwner?: string;
  enable: boolean;
  disable: boolean;
  vnicType?: string;
  host?: string;
  macAddress?: string;
  dnsDomain?: string;
  dnsName?: string;
  enablePortSecurity: boolean;
  disablePortSecurity: boolean;
  qosPolicy?: string;
  enableUplinkStatusPropagation?: boolean;
  disableUplinkStatusPropagation?: boolean;
  numaPolicyRequired: boolean;
  numaPolicyPreferred: boolean;
  numaPolicyLegacy: boolean;
  deviceProfile?: string;
  project?: string;
  projectDomain?: string;
}

/** python's _get_attrs: request attributes under the names python gives them. */
export async function commonAttrs(
  ctx: Context,
  svc: ServiceClient,
  f: CommonFlags,
  extra: { name?: string; networkId?: string },
): Promise<Dict> {
  const a: Dict = {};
  if (f.description !== undefined) a.description = f.description;
  if (f.device) a.device_id = f.device;
  if (f.deviceOwner !== undefined) a.device_owner = f.deviceOwner;
  if (f.enable) a.admin_state_up = true;
  if (f.disable) a.admin_state_up = false;
  if (f.vnicType !== undefined) a["binding:vnic_type"] = f.vnicType;
  if (f.host) a["binding:host_id"] = f.host;
  if (f.macAddress !== undefined) a.mac_address = f.macAddress;
  if (f.dnsDomain !== undefined) a.dns_domain = f.dnsDomain;
  if (f.dnsName !== undefined) a.dns_name = f.dnsName;
  if (extra.name !== undefined) a.name = extra.name;
  if (extra.networkId !== undefined) a.network_id = extra.networkId;
  if (f.project !== undefined) a.project_id = await projectId(ctx, f.project, f.projectDomain);
  if (f.disablePortSecurity) a.port_security_enabled = false;
  if (f.enablePortSecurity) a.port_security_enabled = true;
  if (f.qosPolicy) a.qos_policy_id = (await sdkFindQosPolicy(svc, f.qosPolicy)).id;
  if (f.enableUplinkStatusPropagation) a.propagate_uplink_status = true;
  if (f.disableUplinkStatusPropagation) a.propagate_uplink_status = false;
  if (f.numaPolicyRequired) a.numa_affinity_policy = "required";
  else if (f.numaPolicyPreferred) a.numa_affinity_policy = "preferred";
  else if (f.numaPolicyLegacy) a.numa_affinity_policy = "legacy";
  if (f.deviceProfile) a.device_profile = f.deviceProfile;
  return a;
}

/** openstacksdk sends security_group_ids as security_groups. */
export function portBody(attrs: Dict): Dict {
  return sdkBody(attrs, { security_group_ids: "security_groups" });
}
