/** What subnet pool create and set share: the prefix flags and python's _get_attrs. */
import { flag } from "../../cli/flags.ts";
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId } from "../../kit/shared.ts";
import { addressScope } from "../../resources/network/address_scope.ts";

export function prefixFlags(forCreate: boolean) {
  const length = (which: string) =>
    flag.integer({
      nonNegative: true,
      metavar: `<${which}-prefix-length>`,
      help: `The pool's ${which} prefix length`,
    });
  return {
    poolPrefix: flag.list({
      metavar: "<pool-prefix>",
      required: forCreate,
      help: forCreate
        ? "Prefix of the pool, a CIDR (repeatable)"
        : "Prefix to add, a CIDR (repeatable)",
    }),
    defaultPrefixLength: length("default"),
    minPrefixLength: length("min"),
    maxPrefixLength: length("max"),
  };
}

export const defaultFlags = {
  default: flag.boolean({ group: "default", help: "Make it the default subnet pool" }),
  noDefault: flag.boolean({ group: "default", help: "Make it not the default subnet pool" }),
};

export const quotaFlag = flag.integer({
  metavar: "<num-ip-addresses>",
  help: "How many addresses each project may take from the pool",
});

export interface PoolFlags {
  name?: string;
  poolPrefix: string[];
  defaultPrefixLength?: number;
  minPrefixLength?: number;
  maxPrefixLength?: number;
  addressScope?: string;
  noAddressScope?: boolean;
  default: boolean;
  noDefault: boolean;
  share?: boolean;
  noShare?: boolean;
  project?: string;
  projectDomain?: string;
  description?: string;
  defaultQuota?: number;
}

/** openstackclient's _get_attrs, lookups in its order (address scope, then project). */
export async function poolAttrs(
  ctx: Context,
  svc: ServiceClient,
  f: PoolFlags,
): Promise<Record<string, unknown>> {
  const attrs: Record<string, unknown> = {};
  if (f.name !== undefined) attrs.name = f.name;
  if (f.poolPrefix.length) attrs.prefixes = [...f.poolPrefix];
  if (f.defaultPrefixLength !== undefined) attrs.default_prefixlen = f.defaultPrefixLength;
  if (f.minPrefixLength !== undefined) attrs.min_prefixlen = f.minPrefixLength;
  if (f.maxPrefixLength !== undefined) attrs.max_prefixlen = f.maxPrefixLength;
  if (f.addressScope !== undefined) {
    attrs.address_scope_id = (await findItem(svc, addressScope, f.addressScope)).id;
  }
  if (f.noAddressScope) attrs.address_scope_id = null;
  if (f.default) attrs.is_default = true;
  if (f.noDefault) attrs.is_default = false;
  if (f.share) attrs.shared = true;
  if (f.noShare) attrs.shared = false;
  if (f.project !== undefined) attrs.project_id = await projectId(ctx, f.project, f.projectDomain);
  if (f.description !== undefined) attrs.description = f.description;
  if (f.defaultQuota !== undefined) attrs.default_quota = f.defaultQuota;
  return attrs;
}
