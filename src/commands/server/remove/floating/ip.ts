import { defineCommand } from "../../../../cli/command.ts";
import { sdkCall } from "../../../../api/sdk.ts";
import { sdkFindFloatingIp, updateFloatingIp } from "../../../../api/network/floating_ips.ts";

export default defineCommand({
  summary: "Disassociate a floating IP from its server",
  flags: {},
  positionals: [
    // python never looks the server up
    { name: "server", metavar: "<server>", help: "Server (name or ID; not checked)" },
    { name: "ipAddress", metavar: "<ip-address>", help: "Floating IP (address or ID)" },
  ],
  async run({ positionals: p }, ctx) {
    const network = await ctx.service("network");
    await sdkCall((async () => {
      const fip = await sdkFindFloatingIp(network, p.ipAddress as string);
      await updateFloatingIp(network, fip.id, { port_id: null });
    })());
  },
});
