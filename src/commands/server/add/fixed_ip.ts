import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer, serverAction } from "../../../api/compute/servers.ts";
import { createInterface } from "../../../api/compute/attachments.ts";
import { supports } from "../../../kit/versions.ts";
import { listDictColumn } from "../../../columns/format.ts";
import type { Cell } from "../../../output/types.ts";
import { checkTag, interfaceVersion, networkId } from "../_attach.ts";

export default defineCommand({
  summary: "Give a server an address on a network (a new interface from compute API 2.44)",
  output: "show",
  flags: {
    fixedIpAddress: flag.string({
      metavar: "<ip-address>",
      help: "The address to ask for (compute API 2.44+)",
    }),
    tag: flag.string({ metavar: "<tag>", help: "Tag for the interface (compute API 2.49+)" }),
  },
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "network", metavar: "<network>", help: "Network (name or ID)" },
  ],
  async run({ flags: f, positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    return await sdkCall((async () => {
      const server = await sdkFindServer(compute, p.server as string);
      checkTag(compute, f.tag);
      const net = await networkId(ctx, p.network as string);
      if (!supports(compute, "2.44")) {
        // the legacy action; python then shows nothing
        await serverAction(compute, server.id, "addFixedIp", { networkId: net });
        return { kind: "show" as const, fields: [], values: [] };
      }
      const body: Record<string, unknown> = { net_id: net };
      if (f.fixedIpAddress) body.fixed_ips = [{ ip_address: f.fixedIpAddress }];
      if (f.tag) body.tag = f.tag;
      const inf = await createInterface(compute, interfaceVersion(ctx, compute), server.id, body);
      const fields = [
        "Port ID",
        "Server ID",
        "Network ID",
        "MAC Address",
        "Port State",
        "Fixed IPs",
      ];
      const values: Cell[] = [
        (inf.port_id ?? null) as Cell,
        // openstacksdk's server_id is the one in the URL
        server.id,
        (inf.net_id ?? null) as Cell,
        (inf.mac_addr ?? null) as Cell,
        (inf.port_state ?? null) as Cell,
        listDictColumn(inf.fixed_ips as Record<string, unknown>[] | null),
      ];
      if (supports(compute, "2.49")) {
        fields.push("Tag");
        // openstacksdk keeps what it sent where the answer is silent (no tag before 2.70)
        values.push((inf.tag ?? body.tag ?? null) as Cell);
      }
      return { kind: "show" as const, fields, values };
    })());
  },
});
