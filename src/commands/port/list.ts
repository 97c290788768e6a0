import { flag } from "../../cli/flags.ts";
import { findServer } from "../../api/compute/servers.ts";
import { listCommand } from "../../kit/commands.ts";
import { projectFlags, tagFilterFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { projectId, tagFilterQuery } from "../../kit/shared.ts";
import { network } from "../../resources/network/network.ts";
import { port } from "../../resources/network/port.ts";
import { router } from "../../resources/network/router.ts";
import { subnet } from "../../resources/network/subnet.ts";
import { multiKeyValue } from "../_common.ts";

const FIXED_IP = { optional: ["subnet", "ip-address", "ip-substring"] };

export default listCommand(port, {
  summary: "List ports",
  flags: {
    deviceOwner: flag.string({ metavar: "<device-owner>", help: "Only ports of this owner" }),
    host: flag.string({ metavar: "<host-id>", help: "Only ports bound to this host" }),
    network: flag.string({ metavar: "<network>", help: "Only ports on this network (name or ID)" }),
    router: flag.string({
      metavar: "<router>",
      group: "device",
      help: "Only ports of this router (name or ID)",
    }),
    server: flag.string({
      metavar: "<server>",
      group: "device",
      help: "Only ports of this server (name or ID)",
    }),
    deviceId: flag.string({
      metavar: "<device-id>",
      group: "device",
      help: "Only ports of this device ID",
    }),
    macAddress: flag.string({ metavar: "<mac-address>", help: "Only the port with this MAC" }),
    long: flag.boolean({ help: "More columns" }),
    project: flag.string({ metavar: "<project>", help: "Only ports of this project (name or ID)" }),
    name: flag.string({ metavar: "<name>", help: "Only ports of this name" }),
    // python passes it to openstacksdk, whose query drops it: it filters nothing
    securityGroup: flag.list({ metavar: "<security-group>", help: "Security group (ignored)" }),
    projectDomain: projectFlags().projectDomain,
    fixedIp: flag.list({
      metavar: "subnet=<subnet>,ip-address=<ip-address>,ip-substring=<ip-substring>",
      help: "Only ports with this fixed IP: subnet, ip-address or ip-substring (repeatable)",
    }),
    ...tagFilterFlags("ports"),
  },
  columns: [
    ["ID", "id"],
    ["Name", "name"],
    ["MAC Address", "mac_address"],
    ["Fixed IP Addresses", "fixed_ips"],
    ["Status", "status"],
  ],
  long: [
    ["ID", "id"],
    ["Name", "name"],
    ["MAC Address", "mac_address"],
    ["Fixed IP Addresses", "fixed_ips"],
    ["Status", "status"],
    ["Security Groups", "security_group_ids"],
    ["Device Owner", "device_owner"],
    ["Tags", "tags"],
  ],
  async query(f, ctx) {
    const specs = f.fixedIp.map((e) => multiKeyValue(e, FIXED_IP)); // argparse's check
    const svc = await ctx.service("network");
    let deviceId = f.deviceId;
    if (f.router) deviceId = (await findItem(svc, router, f.router)).id;
    if (f.server) deviceId = (await findServer(await ctx.service("compute"), f.server)).id;
    const networkId = f.network ? (await findItem(svc, network, f.network)).id : undefined;
    const project = f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined;
    const fixed: string[] = [];
    for (const s of specs) {
      if (s.subnet) fixed.push(`subnet_id=${(await findItem(svc, subnet, s.subnet)).id}`);
      if ("ip-address" in s) fixed.push(`ip_address=${s["ip-address"]}`);
      if ("ip-substring" in s) fixed.push(`ip_address_substr=${s["ip-substring"]}`);
    }
    // python asks for its default columns (openstacksdk's names, as given)
    const fields = ["id", "name", "mac_address", "fixed_ips", "status"];
    if (f.long) fields.push("security_group_ids", "device_owner", "tags");
    return {
      device_owner: f.deviceOwner,
      device_id: deviceId,
      "binding:host_id": f.host || undefined,
      network_id: networkId,
      mac_address: f.macAddress || undefined,
      project_id: project,
      name: f.name || undefined,
      fixed_ips: fixed.length ? fixed : undefined,
      ...tagFilterQuery(f),
      fields,
    };
  },
});
