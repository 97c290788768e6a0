import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId } from "../../kit/shared.ts";
import { localIp } from "../../resources/network/local_ip.ts";
import { network } from "../../resources/network/network.ts";
import { port } from "../../resources/network/port.ts";

export default listCommand(localIp, {
  summary: "List local IPs",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Only local IPs with this name" }),
    ...projectFlags("Only local IPs of this project (name or ID)"),
    network: flag.string({ metavar: "<network>", help: "Only local IPs on this network" }),
    localPort: flag.string({ metavar: "<local-port>", help: "Only local IPs of this port" }),
    localIpAddress: flag.string({
      metavar: "<local-ip-address>",
      help: "Only local IPs with this address",
    }),
    ipMode: flag.string({ metavar: "<ip_mode>", help: "Only local IPs in this IP mode" }),
  },
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["Description", "description"],
    ["Project", "project_id"],
    ["Local Port ID", "local_port_id"],
    ["Network", "network_id"],
    ["Local IP address", "local_ip_address"],
    ["IP mode", "ip_mode"],
  ],
  async query(f, ctx) {
    const svc = await ctx.service("network");
    return {
      name: f.name || undefined,
      project_id: await projectId(ctx, f.project, f.projectDomain),
      network_id: f.network !== undefined
        ? (await findItem(svc, network, f.network)).id
        : undefined,
      local_port_id: f.localPort ? (await findItem(svc, port, f.localPort)).id : undefined,
      local_ip_address: f.localIpAddress || undefined,
      ip_mode: f.ipMode || undefined,
    };
  },
});
