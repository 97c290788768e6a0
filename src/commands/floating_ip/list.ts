import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags, tagFilterFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId, tagFilterQuery } from "../../kit/shared.ts";
import { floatingIp } from "../../resources/network/floating_ip.ts";
import { network } from "../../resources/network/network.ts";
import { port } from "../../resources/network/port.ts";
import { router } from "../../resources/network/router.ts";
import type { Column } from "../../kit/attrs.ts";

const COLUMNS: Column[] = [
  ["ID", "id"],
  ["Floating IP Address", "floating_ip_address"],
  ["Fixed IP Address", "fixed_ip_address"],
  ["Port", "port_id"],
  ["Floating Network", "floating_network_id"],
  ["Project", "project_id"],
];

export default listCommand(floatingIp, {
  summary: "List floating IPs",
  flags: {
    network: flag.string({
      metavar: "<network>",
      help: "Only addresses of this network (name or ID)",
    }),
    port: flag.string({ metavar: "<port>", help: "Only addresses of this port (name or ID)" }),
    fixedIpAddress: flag.string({
      metavar: "<ip-address>",
      help: "Only those mapped to this fixed address",
    }),
    floatingIpAddress: flag.string({ metavar: "<ip-address>", help: "Only this floating address" }),
    long: flag.boolean({ help: "More columns" }),
    status: flag.string({
      metavar: "<status>",
      choices: ["ACTIVE", "DOWN"],
      help: "Only addresses in this status",
    }),
    ...projectFlags("Only addresses of this project (name or ID)"),
    router: flag.string({
      metavar: "<router>",
      help: "Only addresses of this router (name or ID)",
    }),
    ...tagFilterFlags("floating IPs"),
  },
  columns: COLUMNS,
  long: [
    ...COLUMNS,
    ["Router", "router_id"],
    ["Status", "status"],
    ["Description", "description"],
    ["Tags", "tags"],
    ["DNS Name", "dns_name"],
    ["DNS Domain", "dns_domain"],
  ],
  async query(f, ctx) {
    const svc = await ctx.service("network");
    return {
      floating_network_id: f.network !== undefined
        ? (await findItem(svc, network, f.network)).id
        : undefined,
      port_id: f.port !== undefined ? (await findItem(svc, port, f.port)).id : undefined,
      fixed_ip_address: f.fixedIpAddress,
      floating_ip_address: f.floatingIpAddress,
      status: f.status || undefined,
      project_id: f.project !== undefined
        ? await projectId(ctx, f.project, f.projectDomain)
        : undefined,
      router_id: f.router !== undefined ? (await findItem(svc, router, f.router)).id : undefined,
      ...tagFilterQuery(f),
    };
  },
});
