import { defineCommand } from "../../../cli/command.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import { deleteInterface } from "../../../api/compute/attachments.ts";
import { interfaceVersion, portId } from "../_attach.ts";

export default defineCommand({
  summary: "Detach a port from a server",
  flags: {},
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "port", metavar: "<port>", help: "Port (name or ID)" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    await sdkCall((async () => {
      const server = await sdkFindServer(compute, p.server as string);
      const port = await portId(ctx, p.port as string);
      await deleteInterface(compute, interfaceVersion(ctx, compute), server.id, port);
    })());
  },
});
