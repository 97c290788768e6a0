/** What the router commands share: python's _get_attrs, the route and fixed-IP options. */
import { flag } from "../../cli/flags.ts";
import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import type { ServiceClient } from "../../http/service.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId } from "../../kit/shared.ts";
import { network } from "../../resources/network/network.ts";
import { subnet } from "../../resources/network/subnet.ts";
import { multiKeyValue } from "../_common.ts";

export const ROUTE_METAVAR = "destination=<subnet>,gateway=<ip-address>";
const ROUTE = { required: ["destination", "gateway"] };
const FIXED_IP = { optional: ["subnet", "ip-address"] };

export const routerPositional = (help: string) => ({ name: "router", metavar: "<router>", help });

/** --route entries as Neutron takes them: gateway renamed nexthop (argparse's check first). */
export function parseRoutes(entries: readonly string[]): Record<string, string>[] {
  return entries.map((e) => {
    const { gateway, ...rest } = multiKeyValue(e, ROUTE);
    return { ...rest, nexthop: gateway };
  });
}

export function parseFixedIps(entries: readonly string[]): Record<string, string>[] {
  return entries.map((e) => multiKeyValue(e, FIXED_IP));
}

/** The options create and set share for the gateway. */
export const gatewayFlags = {
  externalGateway: flag.string({
    metavar: "<network>",
    help: "External network for the router's gateway (name or ID)",
  }),
  fixedIp: flag.list({
    metavar: "subnet=<subnet>,ip-address=<ip-address>",
    help: "Gateway IP: subnet (name or ID) and/or address (repeatable)",
  }),
  enableSnat: flag.boolean({ group: "snat", help: "Source NAT on the gateway" }),
  disableSnat: flag.boolean({ group: "snat", help: "No source NAT on the gateway" }),
};

export interface CommonFlags {
  name?: string;
  enable?: boolean;
  disable: boolean;
  centralized: boolean;
  distributed: boolean;
  availabilityZoneHint?: string[];
  description?: string;
  project?: string;
  projectDomain?: string;
  externalGateway?: string;
  fixedIp: string[];
  enableSnat: boolean;
  disableSnat: boolean;
}

/** python's _get_attrs (network.v2.router), lookups in its order. */
export async function commonAttrs(
  ctx: Context,
  svc: ServiceClient,
  f: CommonFlags,
): Promise<Record<string, unknown>> {
  const attrs: Record<string, unknown> = {};
  if (f.name !== undefined) attrs.name = f.name;
  if (f.enable) attrs.admin_state_up = true;
  if (f.disable) attrs.admin_state_up = false;
  if (f.centralized) attrs.distributed = false;
  if (f.distributed) attrs.distributed = true;
  if (f.availabilityZoneHint?.length) attrs.availability_zone_hints = f.availabilityZoneHint;
  if (f.description !== undefined) attrs.description = f.description;
  if (f.project !== undefined) attrs.project_id = await projectId(ctx, f.project, f.projectDomain);
  if (f.externalGateway) {
    const info: Record<string, unknown> = {
      network_id: (await findItem(svc, network, f.externalGateway)).id,
    };
    if (f.disableSnat) info.enable_snat = false;
    if (f.enableSnat) info.enable_snat = true;
    if (f.fixedIp.length) {
      const ips = [];
      for (const spec of parseFixedIps(f.fixedIp)) {
        const ip: Record<string, unknown> = { ...spec };
        // an empty value is sent as given, under its option name
        if (ip.subnet) {
          delete ip.subnet;
          ip.subnet_id = (await findItem(svc, subnet, spec.subnet)).id;
        }
        if (ip["ip-address"]) {
          delete ip["ip-address"];
          ip.ip_address = spec["ip-address"];
        }
        ips.push(ip);
      }
      info.external_fixed_ips = ips;
    }
    attrs.external_gateway_info = info;
  }
  return attrs;
}

/** SNAT and fixed IPs only go with --external-gateway (create checks after it made the router). */
export function checkGatewayOptions(f: CommonFlags, verb: "specify" | "update"): void {
  if ((f.disableSnat || f.enableSnat || f.fixedIp.length) && !f.externalGateway) {
    throw new OscError(
      `You must specify '--external-gateway' in order to ${verb} the SNAT or fixed-ip values`
        .replace("specify the SNAT", "specify SNAT"),
    );
  }
}
