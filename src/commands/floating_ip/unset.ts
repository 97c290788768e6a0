import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagUnsetFlags } from "../../kit/flags.ts";
import { unsetTags } from "../../kit/shared.ts";
import { floatingIp } from "../../resources/network/floating_ip.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

export default updateCommand(floatingIp, {
  summary: "Remove values from a floating IP",
  positional: {
    name: "floating_ip",
    metavar: "<floating-ip>",
    help: "Floating IP (address or ID)",
  },
  flags: {
    extraProperty: extraPropertyFlag,
    port: flag.boolean({ help: "Disassociate the port" }),
    qosPolicy: flag.boolean({ help: "Remove the QoS policy" }),
    ...tagUnsetFlags("floating IP"),
  },
  validate: (f) => void parseExtraProperties(f.extraProperty),
  body({ flags: f }) {
    const a: Record<string, unknown> = {};
    if (f.port) a.port_id = null;
    if (f.qosPolicy) a.qos_policy_id = null;
    // python's floating ip unset sends the extra properties' values as given
    const attrs = withExtraAttributes(a, parseExtraProperties(f.extraProperty));
    return Object.keys(attrs).length ? attrs : undefined;
  },
  after: ({ flags: f, svc }, item) => unsetTags(svc, floatingIp, item, f),
});
