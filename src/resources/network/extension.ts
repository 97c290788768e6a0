/**
 * Neutron's API extensions, and the python client's check that turns a failed
 * request into "No Extension found for <alias>" when an option needs a missing one.
 */
import type { ServiceClient } from "../../http/service.ts";
import { HttpError } from "../../http/errors.ts";
import { SdkNotFound } from "../../api/sdk.ts";
import { defineResource, findItem } from "../../kit/resource.ts";

export const extension = defineResource({
  service: "network",
  path: "/extensions",
  key: "extension",
  plural: "extensions",
  sdkName: "Extension",
  noun: "extension",
  lookup: "sdk",
  paging: "none",
  attrs: {
    id: { key: "alias" },
    name: {},
    alias: {},
    description: {},
    links: {},
    updated_at: { key: "updated" },
  },
});

/** find_extension(alias) with ignore_missing: whether Neutron has the extension. */
export async function hasExtension(svc: ServiceClient, alias: string): Promise<boolean> {
  try {
    await findItem(svc, extension, alias);
    return true;
  } catch (e) {
    if (e instanceof SdkNotFound) return false;
    throw e;
  }
}

/** Request attribute → the extension it needs (network.common's _required_opt_extensions_map). */
const REQUIRED: Readonly<Record<string, string>> = {
  allowed_address_pairs: "allowed-address-pairs",
  dns_domain: "dns-integration",
  dns_name: "dns-integration",
  extra_dhcp_opts: "extra_dhcp_opt",
  qos_policy_id: "qos",
  security_groups: "security-groups",
};

/**
 * check_missing_extension_if_error: when the request fails with an HTTP error,
 * an attribute whose extension is missing is reported instead of the error.
 */
export async function checkMissingExtension<T>(
  svc: ServiceClient,
  attrs: Readonly<Record<string, unknown>>,
  p: Promise<T>,
): Promise<T> {
  try {
    return await p;
  } catch (e) {
    if (!(e instanceof HttpError)) throw e;
    for (const [attr, alias] of Object.entries(REQUIRED)) {
      if (attr in attrs) await findItem(svc, extension, alias);
    }
    throw e;
  }
}
