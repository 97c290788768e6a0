import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findItem, updateItem } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { port } from "../../../resources/network/port.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";
import { checkPortNumber, fipPositional, forwardingsOf, pfPositional } from "./_fip.ts";

export default defineCommand({
  summary: "Change a floating IP port forwarding",
  flags: {
    extraProperty: extraPropertyFlag,
    port: flag.string({ metavar: "<port>", help: "New internal port (name or ID)" }),
    internalIpAddress: flag.string({
      metavar: "<internal-ip-address>",
      help: "New fixed IPv4 address of the internal port",
    }),
    internalProtocolPort: flag.integer({
      metavar: "<port-number>",
      help: "New protocol port number on the internal address",
    }),
    externalProtocolPort: flag.integer({
      metavar: "<port-number>",
      help: "New protocol port number on the floating IP",
    }),
    protocol: flag.string({ metavar: "<protocol>", choices: ["tcp", "udp"], help: "New protocol" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
  },
  positionals: [fipPositional, pfPositional],
  async run({ flags: f, positionals }, ctx) {
    const extra = parseExtraProperties(f.extraProperty);
    const svc = await ctx.service("network");
    await worded(
      "sdk",
      (async () => {
        const pfs = await forwardingsOf(svc, positionals.floating_ip as string);
        const a: Record<string, unknown> = {};
        if (f.port) a.internal_port_id = (await findItem(svc, port, f.port)).id;
        if (f.internalIpAddress) a.internal_ip_address = f.internalIpAddress;
        if (f.internalProtocolPort !== undefined) {
          a.internal_port = checkPortNumber(f.internalProtocolPort);
        }
        if (f.externalProtocolPort !== undefined) {
          a.external_port = checkPortNumber(f.externalProtocolPort);
        }
        if (f.protocol) a.protocol = f.protocol;
        if (f.description !== undefined) a.description = f.description;
        const attrs = withExtraAttributes(a, extra);
        // openstacksdk sends nothing when nothing changes
        if (Object.keys(attrs).length) {
          await updateItem(svc, pfs, positionals.port_forwarding_id as string, attrs);
        }
      })(),
    );
  },
});
