import { defineCommand } from "../../../cli/command.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { microversionHeaders } from "../../../kit/versions.ts";
import { computeVersionPinned } from "../../_common.ts";

export default defineCommand({
  summary: "Take a fixed address off a server (Nova before compute API 2.44)",
  flags: {},
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "ipAddress", metavar: "<ip-address>", help: "The fixed address" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const server = await findServer(compute, p.server as string);
    // python 6.0 calls a method novaclient no longer has and always fails; this is the
    // removeFixedIp action it meant, sent as openstacksdk does (at 2.1 unless pinned:
    // Nova dropped it at 2.44)
    const pinned = computeVersionPinned(ctx) ? compute.microversion : "2.1";
    await compute.request(`/servers/${encodeURIComponent(server.id)}/action`, {
      method: "POST",
      json: { removeFixedIp: { address: p.ipAddress } },
      expectJson: false,
      headers: microversionHeaders(compute, pinned),
    });
  },
});
