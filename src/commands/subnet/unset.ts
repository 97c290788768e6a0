import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagUnsetFlags } from "../../kit/flags.ts";
import { unsetTags } from "../../kit/shared.ts";
import { subnet } from "../../resources/network/subnet.ts";
import { extraPropertyFlag, parseExtraProperties } from "../_extra_property.ts";
import { samePy } from "../_common.ts";
import {
  nameserverFlag,
  parsePools,
  parseRoutes,
  poolFlag,
  routeFlag,
  serviceTypeFlag,
} from "./_subnet.ts";

/** The current list without each given value; a value it lacks is an error. */
function without(current: unknown, remove: readonly unknown[], option: string): unknown[] {
  const out = Array.isArray(current) ? [...current] : [];
  for (const r of remove) {
    const i = out.findIndex((v) => samePy(v, r));
    if (i < 0) {
      throw new OscError(`Subnet does not contain ${option} ${pyShow(r)}`);
    }
    out.splice(i, 1);
  }
  return out;
}

/** How python's %s prints a string or a dict of strings. */
function pyShow(v: unknown): string {
  if (typeof v !== "object" || v === null) return String(v);
  return `{${Object.entries(v).map(([k, x]) => `'${k}': '${x}'`).join(", ")}}`;
}

export default updateCommand(subnet, {
  summary: "Remove values from a subnet",
  positional: { name: "subnet", metavar: "<subnet>", help: "Subnet (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    allocationPool: poolFlag,
    gateway: flag.boolean({ help: "Remove the gateway IP" }),
    dnsNameserver: nameserverFlag,
    hostRoute: routeFlag,
    serviceType: serviceTypeFlag,
    ...tagUnsetFlags("subnet"),
  },
  validate(f) {
    parseExtraProperties(f.extraProperty);
    parsePools(f.allocationPool);
    parseRoutes(f.hostRoute);
  },
  body({ flags: f }, item) {
    const a: Record<string, unknown> = {};
    if (f.gateway) a.gateway_ip = null;
    if (f.dnsNameserver.length) {
      a.dns_nameservers = without(item.dns_nameservers, f.dnsNameserver, "dns-nameserver");
    }
    if (f.hostRoute.length) {
      a.host_routes = without(item.host_routes, parseRoutes(f.hostRoute), "host-route");
    }
    if (f.allocationPool.length) {
      a.allocation_pools = without(
        item.allocation_pools,
        parsePools(f.allocationPool),
        "allocation-pool",
      );
    }
    if (f.serviceType.length) {
      a.service_types = without(item.service_types, f.serviceType, "service-type");
    }
    for (const p of parseExtraProperties(f.extraProperty)) a[p.name] = null;
    return Object.keys(a).length ? a : undefined;
  },
  after: ({ flags: f, svc }, item) => unsetTags(svc, subnet, item, f),
});
