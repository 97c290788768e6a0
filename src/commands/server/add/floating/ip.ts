import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { OscError } from "../../../../errors.ts";
import { HttpError } from "../../../../http/errors.ts";
import { sdkCall } from "../../../../api/sdk.ts";
import { findServer } from "../../../../api/compute/servers.ts";
import {
  sdkFindFloatingIp,
  serverPorts,
  updateFloatingIp,
} from "../../../../api/network/floating_ips.ts";

export default defineCommand({
  summary: "Associate a floating IP with a server",
  flags: {
    fixedIpAddress: flag.string({
      metavar: "<ip-address>",
      help: "The server's fixed address to map it to (default: the first port that works)",
    }),
  },
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "ipAddress", metavar: "<ip-address>", help: "Floating IP (address or ID)" },
  ],
  async run({ flags: f, positionals: p }, ctx) {
    const network = await ctx.service("network");
    const fip = await sdkCall(sdkFindFloatingIp(network, p.ipAddress as string));
    const server = await findServer(await ctx.service("compute"), p.server as string);
    await sdkCall((async () => {
      const ports = await serverPorts(network, server.id);
      if (!ports.length) {
        throw new OscError("No attached ports found to associate floating IP with");
      }
      if (f.fixedIpAddress) {
        const port = ports.find((pt) =>
          ((pt.fixed_ips ?? []) as { ip_address?: string }[]).some((ip) =>
            ip.ip_address === f.fixedIpAddress
          )
        );
        if (!port) throw new OscError(`No port found for fixed IP address ${f.fixedIpAddress}`);
        await updateFloatingIp(network, fip.id, {
          fixed_ip_address: f.fixedIpAddress,
          port_id: port.id,
        });
        return;
      }
      // each port in turn until one is on a network the floating IP's router reaches
      let error: unknown;
      for (const port of ports) {
        try {
          await updateFloatingIp(network, fip.id, { port_id: port.id });
          return;
        } catch (e) {
          if (!(e instanceof HttpError && e.status === 404)) throw e;
          error = e;
        }
      }
      if (error) throw error;
    })());
  },
});
