import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags, tagFilterFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId, tagFilterQuery } from "../../kit/shared.ts";
import { network } from "../../resources/network/network.ts";
import { subnet } from "../../resources/network/subnet.ts";
import { subnetPool } from "../../resources/network/subnet_pool.ts";

export default listCommand(subnet, {
  summary: "List subnets",
  flags: {
    long: flag.boolean({ help: "More columns" }),
    ipVersion: flag.integer({
      metavar: "<ip-version>",
      choices: ["4", "6"],
      help: "Only subnets of this IP version (4 or 6)",
    }),
    dhcp: flag.boolean({ group: "dhcp", help: "Only subnets with DHCP" }),
    noDhcp: flag.boolean({ group: "dhcp", help: "Only subnets without DHCP" }),
    // python passes it to openstacksdk, whose query drops it: it filters nothing
    serviceType: flag.list({ metavar: "<service-type>", help: "Service type (ignored)" }),
    ...projectFlags("Only subnets of this project (name or ID)"),
    network: flag.string({
      metavar: "<network>",
      help: "Only subnets of this network (name or ID)",
    }),
    gateway: flag.string({ metavar: "<gateway>", help: "Only subnets with this gateway IP" }),
    name: flag.string({ metavar: "<name>", help: "Only subnets of this name" }),
    subnetRange: flag.string({ metavar: "<subnet-range>", help: "Only subnets of this CIDR" }),
    subnetPool: flag.string({
      metavar: "<subnet-pool>",
      help: "Only subnets from this subnet pool (name or ID)",
    }),
    ...tagFilterFlags("subnets"),
  },
  columns: [["ID", "id"], ["Name", "name"], ["Network", "network_id"], ["Subnet", "cidr"]],
  long: [
    ["ID", "id"],
    ["Name", "name"],
    ["Network", "network_id"],
    ["Subnet", "cidr"],
    ["Project", "project_id"],
    ["DHCP", "is_dhcp_enabled"],
    ["Name Servers", "dns_nameservers"],
    ["Allocation Pools", "allocation_pools"],
    ["Host Routes", "host_routes"],
    ["IP Version", "ip_version"],
    ["Gateway", "gateway_ip"],
    ["Service Types", "service_types"],
    ["Tags", "tags"],
  ],
  async query(f, ctx) {
    const svc = await ctx.service("network");
    return {
      ip_version: f.ipVersion,
      enable_dhcp: f.dhcp ? "True" : f.noDhcp ? "False" : undefined,
      project_id: f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined,
      network_id: f.network ? (await findItem(svc, network, f.network)).id : undefined,
      gateway_ip: f.gateway || undefined,
      name: f.name || undefined,
      cidr: f.subnetRange || undefined,
      subnetpool_id: f.subnetPool ? (await findItem(svc, subnetPool, f.subnetPool)).id : undefined,
      ...tagFilterQuery(f),
    };
  },
});
