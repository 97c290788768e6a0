import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { findItem } from "../../kit/resource.ts";
import { localIp } from "../../resources/network/local_ip.ts";
import { network } from "../../resources/network/network.ts";
import { port } from "../../resources/network/port.ts";

export default createCommand(localIp, {
  summary: "Create a local IP",
  flags: {
    name: flag.string({ metavar: "<name>", help: "Name of the new local IP" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    network: flag.string({ metavar: "<network>", help: "Network to take it from (name or ID)" }),
    localPort: flag.string({ metavar: "<local-port>", help: "Port to take it from (name or ID)" }),
    localIpAddress: flag.string({ metavar: "<local-ip-address>", help: "IP address or CIDR" }),
    ipMode: flag.string({ metavar: "<ip-mode>", help: "IP mode, e.g. translate or passthrough" }),
    // python offers it but has no --project here to use it with
    projectDomain: flag.string({ metavar: "<project-domain>", help: "Accepted and ignored" }),
  },
  positionals: [],
  keepSent: true,
  // python leaves out what is empty
  async body({ flags: f, svc }) {
    return {
      ...(f.name ? { name: f.name } : {}),
      ...(f.description ? { description: f.description } : {}),
      ...(f.network ? { network_id: (await findItem(svc, network, f.network)).id } : {}),
      ...(f.localIpAddress ? { local_ip_address: f.localIpAddress } : {}),
      ...(f.localPort ? { local_port_id: (await findItem(svc, port, f.localPort)).id } : {}),
      ...(f.ipMode ? { ip_mode: f.ipMode } : {}),
    };
  },
});
