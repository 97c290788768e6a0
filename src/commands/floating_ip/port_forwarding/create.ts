import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { shown } from "../../../kit/commands.ts";
import { createItem, findItem, sdkCreated } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { port } from "../../../resources/network/port.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../../_extra_property.ts";
import { checkPortNumber, fipPositional, forwardingsOf } from "./_fip.ts";

export default defineCommand({
  summary: "Create a floating IP port forwarding",
  output: "show",
  flags: {
    extraProperty: extraPropertyFlag,
    internalIpAddress: flag.string({
      metavar: "<internal-ip-address>",
      required: true,
      help: "Fixed IPv4 address of the internal port",
    }),
    port: flag.string({ metavar: "<port>", required: true, help: "Internal port (name or ID)" }),
    internalProtocolPort: flag.integer({
      metavar: "<port-number>",
      required: true,
      help: "Protocol port number on the internal address",
    }),
    externalProtocolPort: flag.integer({
      metavar: "<port-number>",
      required: true,
      help: "Protocol port number on the floating IP",
    }),
    protocol: flag.string({ metavar: "<protocol>", required: true, help: "Protocol: tcp or udp" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
  },
  // python adds it after the options: argparse names it last among the missing ones
  positionals: [{ ...fipPositional, afterOptions: true }],
  async run({ flags: f, positionals }, ctx) {
    const extra = parseExtraProperties(f.extraProperty);
    const svc = await ctx.service("network");
    return await worded(
      "sdk",
      (async () => {
        const pfs = await forwardingsOf(svc, positionals.floating_ip as string);
        const attrs: Record<string, unknown> = {
          internal_port: checkPortNumber(f.internalProtocolPort),
          external_port: checkPortNumber(f.externalProtocolPort),
        };
        if (f.port) attrs.internal_port_id = (await findItem(svc, port, f.port)).id;
        attrs.internal_ip_address = f.internalIpAddress;
        attrs.protocol = f.protocol;
        if (f.description !== undefined) attrs.description = f.description;
        const sent = withExtraAttributes(attrs, extra);
        return shown(pfs, sdkCreated(sent, await createItem(svc, pfs, sent)));
      })(),
    );
  },
});
