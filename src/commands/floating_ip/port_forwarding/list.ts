import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listResult } from "../../../kit/attrs.ts";
import { findItem, listAll } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { port } from "../../../resources/network/port.ts";
import { fipPositional, forwardingsOf } from "./_fip.ts";

export default defineCommand({
  summary: "List a floating IP's port forwardings",
  output: "list",
  flags: {
    port: flag.string({ metavar: "<port>", help: "Only those to this internal port (name or ID)" }),
    externalProtocolPort: flag.string({
      metavar: "<port-number>",
      help: "Only those from this port number of the floating IP",
    }),
    protocol: flag.string({ metavar: "protocol", help: "Only those of this protocol" }),
  },
  positionals: [fipPositional],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        // python finds the port before the floating IP
        const portId = f.port ? (await findItem(svc, port, f.port)).id : undefined;
        const pfs = await forwardingsOf(svc, positionals.floating_ip as string);
        const items = await listAll(svc, pfs, {
          internal_port_id: portId,
          external_port: f.externalProtocolPort,
          protocol: f.protocol,
        });
        return listResult(pfs.attrs, items, [
          ["ID", "id"],
          ["Internal Port ID", "internal_port_id"],
          ["Internal IP Address", "internal_ip_address"],
          ["Internal Port", "internal_port"],
          ["External Port", "external_port"],
          ["Protocol", "protocol"],
          ["Description", "description"],
        ]);
      })(),
    );
  },
});
