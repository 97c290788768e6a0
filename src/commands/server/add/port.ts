import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import { createInterface } from "../../../api/compute/attachments.ts";
import { checkTag, interfaceVersion, portId } from "../_attach.ts";

export default defineCommand({
  summary: "Attach a port to a server",
  flags: {
    tag: flag.string({ metavar: "<tag>", help: "Tag for the interface (compute API 2.49+)" }),
  },
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "port", metavar: "<port>", help: "Port (name or ID)" },
  ],
  async run({ flags: f, positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    await sdkCall((async () => {
      const server = await sdkFindServer(compute, p.server as string);
      const body: Record<string, unknown> = { port_id: await portId(ctx, p.port as string) };
      checkTag(compute, f.tag);
      if (f.tag) body.tag = f.tag;
      await createInterface(compute, interfaceVersion(ctx, compute), server.id, body);
    })());
  },
});
