import { defineCommand } from "../../../cli/command.ts";
import { HttpError } from "../../../http/errors.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import { deleteInterface, listInterfaces } from "../../../api/compute/attachments.ts";
import { interfaceVersion, networkId } from "../_attach.ts";

export default defineCommand({
  summary: "Detach a server from a network (every interface it has there)",
  flags: {},
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "network", metavar: "<network>", help: "Network (name or ID)" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    await sdkCall((async () => {
      const server = await sdkFindServer(compute, p.server as string);
      const net = await networkId(ctx, p.network as string);
      const mv = interfaceVersion(ctx, compute);
      for (const inf of await listInterfaces(compute, mv, server.id)) {
        if (inf.net_id !== net) continue;
        try {
          await deleteInterface(compute, mv, server.id, String(inf.port_id));
        } catch (e) {
          // openstacksdk's delete ignores what is already gone
          if (!(e instanceof HttpError && e.status === 404)) throw e;
        }
      }
    })());
  },
});
