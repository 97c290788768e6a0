import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listResult } from "../../../kit/attrs.ts";
import { findItem, listAll } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { localIpAssociation } from "../../../resources/network/local_ip_association.ts";
import { port } from "../../../resources/network/port.ts";
import { findLocalIp, localIpPositional } from "./_local_ip.ts";

export default defineCommand({
  summary: "List a local IP's associations",
  output: "list",
  flags: {
    fixedPort: flag.string({ metavar: "<fixed-port>", help: "Only those of this port" }),
    fixedIp: flag.string({ metavar: "<fixed-ip>", help: "Only those of this fixed IP" }),
    host: flag.string({ metavar: "<host>", help: "Only those on this host" }),
    // python offers it but has no --project here to use it with
    projectDomain: flag.string({ metavar: "<project-domain>", help: "Accepted and ignored" }),
  },
  positionals: [localIpPositional],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        const lip = await findLocalIp(svc, positionals.local_ip as string);
        const query = {
          fixed_port_id: f.fixedPort ? (await findItem(svc, port, f.fixedPort)).id : undefined,
          fixed_ip: f.fixedIp || undefined,
          host: f.host || undefined,
        };
        const r = localIpAssociation(lip.id);
        return listResult(r.attrs, await listAll(svc, r, query), [
          ["Local IP ID", "local_ip_id"],
          ["Local IP Address", "local_ip_address"],
          ["Fixed port ID", "fixed_port_id"],
          ["Fixed IP", "fixed_ip"],
          ["Host", "host"],
        ]);
      })(),
    );
  },
});
