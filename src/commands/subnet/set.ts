import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagSetFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { setTags } from "../../kit/shared.ts";
import { segment } from "../../resources/network/segment.ts";
import { subnet } from "../../resources/network/subnet.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import {
  nameserverFlag,
  parsePools,
  parseRoutes,
  poolFlag,
  routeFlag,
  serviceTypeFlag,
} from "./_subnet.ts";

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export default updateCommand(subnet, {
  summary: "Change a subnet",
  positional: { name: "subnet", metavar: "<subnet>", help: "Subnet (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    dhcp: flag.boolean({ group: "dhcp", help: "Enable DHCP" }),
    noDhcp: flag.boolean({ group: "dhcp", help: "Disable DHCP" }),
    dnsPublishFixedIp: flag.boolean({ group: "dns-publish", help: "Publish fixed IPs in DNS" }),
    noDnsPublishFixedIp: flag.boolean({
      group: "dns-publish",
      help: "Do not publish fixed IPs in DNS",
    }),
    gateway: flag.string({ metavar: "<gateway>", help: "Gateway: an IP address or 'none'" }),
    networkSegment: flag.string({
      metavar: "<network-segment>",
      help: "Network segment (name or ID), while the subnet has none",
    }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    ...tagSetFlags("subnet"),
    allocationPool: poolFlag,
    noAllocationPool: flag.boolean({ help: "Remove the allocation pools first" }),
    dnsNameserver: nameserverFlag,
    noDnsNameservers: flag.boolean({ help: "Remove the DNS name servers first" }),
    hostRoute: routeFlag,
    noHostRoute: flag.boolean({ help: "Remove the host routes first" }),
    serviceType: serviceTypeFlag,
  },
  validate(f) {
    parseExtraProperties(f.extraProperty);
    parsePools(f.allocationPool);
    parseRoutes(f.hostRoute);
  },
  async body({ flags: f, svc }, item) {
    const a: Record<string, unknown> = {};
    if (f.name !== undefined) a.name = f.name;
    if (f.networkSegment !== undefined) {
      a.segment_id = (await findItem(svc, segment, f.networkSegment)).id;
    }
    if (f.gateway !== undefined) {
      const gateway = f.gateway.toLowerCase();
      if (gateway === "auto") {
        throw new OscError(
          "Auto option is not available for Subnet Set. Valid options are <ip-address> or none",
        );
      }
      a.gateway_ip = gateway === "none" ? null : gateway;
    }
    // new entries go first, then the subnet's own unless --no-... clears them
    if (f.allocationPool.length) {
      a.allocation_pools = [
        ...parsePools(f.allocationPool),
        ...(f.noAllocationPool ? [] : list(item.allocation_pools)),
      ];
    } else if (f.noAllocationPool) a.allocation_pools = [];
    if (f.dhcp) a.enable_dhcp = true;
    if (f.noDhcp) a.enable_dhcp = false;
    if (f.dnsPublishFixedIp) a.dns_publish_fixed_ip = true;
    if (f.noDnsPublishFixedIp) a.dns_publish_fixed_ip = false;
    if (f.dnsNameserver.length) {
      a.dns_nameservers = [
        ...f.dnsNameserver,
        ...(f.noDnsNameservers ? [] : list(item.dns_nameservers)),
      ];
    } else if (f.noDnsNameservers) a.dns_nameservers = [];
    if (f.hostRoute.length) {
      a.host_routes = [
        ...parseRoutes(f.hostRoute),
        ...(f.noHostRoute ? [] : list(item.host_routes)),
      ];
    } else if (f.noHostRoute) a.host_routes = [];
    if (f.serviceType.length) a.service_types = [...f.serviceType, ...list(item.service_types)];
    if (f.description !== undefined) a.description = f.description;
    const body = withExtraAttributes(a, parseExtraProperties(f.extraProperty));
    return Object.keys(body).length ? body : undefined;
  },
  after: async ({ flags: f, svc }, item) => void await setTags(svc, subnet, item, f),
});
