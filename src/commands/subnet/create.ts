import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags, tagCreateFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId, setTags } from "../../kit/shared.ts";
import { network } from "../../resources/network/network.ts";
import { segment } from "../../resources/network/segment.ts";
import { subnet } from "../../resources/network/subnet.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";
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

const IPV6_MODES = ["dhcpv6-stateful", "dhcpv6-stateless", "slaac"];

export default createCommand(subnet, {
  summary: "Create a subnet",
  flags: {
    extraProperty: extraPropertyFlag,
    ...projectFlags(),
    subnetPool: flag.string({
      metavar: "<subnet-pool>",
      group: "pool",
      help: "Take the range from this subnet pool (name or ID)",
    }),
    usePrefixDelegation: flag.string({
      group: "pool",
      help: "Take the IPv6 prefix from prefix delegation",
    }),
    useDefaultSubnetPool: flag.boolean({
      group: "pool",
      help: "Take the range from the default subnet pool",
    }),
    prefixLength: flag.string({
      metavar: "<prefix-length>",
      help: "Prefix length when taking from a pool",
    }),
    subnetRange: flag.string({
      metavar: "<subnet-range>",
      help: "CIDR (needed unless a pool gives the range)",
    }),
    dhcp: flag.boolean({ group: "dhcp", help: "Enable DHCP (default)" }),
    noDhcp: flag.boolean({ group: "dhcp", help: "Disable DHCP" }),
    dnsPublishFixedIp: flag.boolean({ group: "dns-publish", help: "Publish fixed IPs in DNS" }),
    noDnsPublishFixedIp: flag.boolean({
      group: "dns-publish",
      help: "Do not publish fixed IPs in DNS",
    }),
    gateway: flag.string({
      metavar: "<gateway>",
      help: "Gateway: an IP address, 'auto' (default: chosen in the range) or 'none'",
    }),
    ipVersion: flag.integer({
      metavar: "{4,6}",
      choices: ["4", "6"],
      help: "IP version (default 4)",
    }),
    ipv6RaMode: flag.string({
      metavar: `{${IPV6_MODES.join(",")}}`,
      choices: IPV6_MODES,
      help: "IPv6 router advertisement mode",
    }),
    ipv6AddressMode: flag.string({
      metavar: `{${IPV6_MODES.join(",")}}`,
      choices: IPV6_MODES,
      help: "IPv6 address mode",
    }),
    networkSegment: flag.string({
      metavar: "<network-segment>",
      help: "Network segment (name or ID)",
    }),
    network: flag.string({ metavar: "<network>", required: true, help: "Network (name or ID)" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    allocationPool: poolFlag,
    dnsNameserver: nameserverFlag,
    hostRoute: routeFlag,
    serviceType: serviceTypeFlag,
    ...tagCreateFlags("subnet"),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new subnet" }],
  async body({ flags: f, positionals, ctx, svc }) {
    // argparse checks these while parsing
    const extra = parseExtraProperties(f.extraProperty);
    const pools = parsePools(f.allocationPool);
    const routes = parseRoutes(f.hostRoute);
    const a: Record<string, unknown> = { name: positionals.name };
    if (f.project !== undefined) a.project_id = await projectId(ctx, f.project, f.projectDomain);
    a.network_id = (await findItem(svc, network, f.network!)).id;
    if (f.subnetPool !== undefined) {
      a.subnetpool_id = (await findItem(svc, subnetPool, f.subnetPool)).id;
    }
    if (f.usePrefixDelegation) a.subnetpool_id = "prefix_delegation";
    if (f.useDefaultSubnetPool) a.use_default_subnetpool = true;
    if (f.prefixLength !== undefined) a.prefixlen = f.prefixLength;
    if (f.subnetRange !== undefined) a.cidr = f.subnetRange;
    a.ip_version = f.ipVersion ?? 4;
    if (f.ipv6RaMode !== undefined) a.ipv6_ra_mode = f.ipv6RaMode;
    if (f.ipv6AddressMode !== undefined) a.ipv6_address_mode = f.ipv6AddressMode;
    if (f.networkSegment !== undefined) {
      a.segment_id = (await findItem(svc, segment, f.networkSegment)).id;
    }
    const gateway = (f.gateway ?? "auto").toLowerCase();
    if (gateway !== "auto") a.gateway_ip = gateway === "none" ? null : gateway;
    if (f.allocationPool.length) a.allocation_pools = pools;
    if (f.dhcp) a.enable_dhcp = true;
    if (f.noDhcp) a.enable_dhcp = false;
    if (f.dnsPublishFixedIp) a.dns_publish_fixed_ip = true;
    if (f.noDnsPublishFixedIp) a.dns_publish_fixed_ip = false;
    if (f.dnsNameserver.length) a.dns_nameservers = f.dnsNameserver;
    if (f.hostRoute.length) a.host_routes = routes;
    if (f.serviceType.length) a.service_types = f.serviceType;
    if (f.description !== undefined) a.description = f.description;
    return withExtraAttributes(a, extra);
  },
  // Neutron takes no tags on create
  after: ({ flags: f, svc }, item) => setTags(svc, subnet, item, f),
});
