import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { tagSetFlags } from "../../kit/flags.ts";
import { findItem } from "../../kit/resource.ts";
import { setTags } from "../../kit/shared.ts";
import { floatingIp } from "../../resources/network/floating_ip.ts";
import { port } from "../../resources/network/port.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

export default updateCommand(floatingIp, {
  summary: "Change a floating IP",
  positional: {
    name: "floating_ip",
    metavar: "<floating-ip>",
    help: "Floating IP (address or ID)",
  },
  flags: {
    extraProperty: extraPropertyFlag,
    port: flag.string({ metavar: "<port>", help: "Associate with this port (name or ID)" }),
    fixedIpAddress: flag.string({
      metavar: "<ip-address>",
      help: "Fixed address of the port (when it has several)",
    }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    qosPolicy: flag.string({
      metavar: "<qos-policy>",
      group: "qos",
      help: "QoS policy (name or ID)",
    }),
    noQosPolicy: flag.boolean({ group: "qos", help: "Remove the QoS policy" }),
    ...tagSetFlags("floating IP"),
  },
  validate: (f) => void parseExtraProperties(f.extraProperty),
  async body({ flags: f, svc }) {
    const a: Record<string, unknown> = {};
    if (f.port) a.port_id = (await findItem(svc, port, f.port)).id;
    if (f.fixedIpAddress) a.fixed_ip_address = f.fixedIpAddress;
    // an empty description is not sent
    if (f.description) a.description = f.description;
    if (f.qosPolicy) a.qos_policy_id = (await findItem(svc, qosPolicy, f.qosPolicy)).id;
    if (f.noQosPolicy) a.qos_policy_id = null;
    const attrs = withExtraAttributes(a, parseExtraProperties(f.extraProperty));
    return Object.keys(attrs).length ? attrs : undefined;
  },
  after: async ({ flags: f, svc }, item) => void await setTags(svc, floatingIp, item, f),
});
