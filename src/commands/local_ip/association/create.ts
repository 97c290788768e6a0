import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { shown } from "../../../kit/commands.ts";
import { createItem, findItem, sdkCreated } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { localIpAssociation } from "../../../resources/network/local_ip_association.ts";
import { port } from "../../../resources/network/port.ts";
import { findLocalIp, localIpPositional } from "./_local_ip.ts";

export default defineCommand({
  summary: "Associate a local IP with a port",
  output: "show",
  flags: {
    fixedIp: flag.string({ metavar: "<fixed-ip>", help: "Fixed IP of the port to use" }),
    // python offers it but has no --project here to use it with
    projectDomain: flag.string({ metavar: "<project-domain>", help: "Accepted and ignored" }),
  },
  positionals: [
    localIpPositional,
    { name: "fixed_port", metavar: "<fixed-port>", help: "Port (name or ID)" },
  ],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        // python finds the port first
        const fixed = await findItem(svc, port, positionals.fixed_port as string);
        const lip = await findLocalIp(svc, positionals.local_ip as string);
        const attrs = { fixed_port_id: fixed.id, ...(f.fixedIp ? { fixed_ip: f.fixedIp } : {}) };
        const r = localIpAssociation(lip.id);
        return shown(r, sdkCreated(attrs, await createItem(svc, r, attrs)));
      })(),
    );
  },
});
