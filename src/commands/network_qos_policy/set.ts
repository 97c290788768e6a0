import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { policyAttrs } from "./_attrs.ts";

export default updateCommand(qosPolicy, {
  summary: "Change a QoS policy",
  positional: { name: "policy", metavar: "<qos-policy>", help: "QoS policy (name or ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
    share: flag.boolean({ group: "share", help: "Share it with every project" }),
    noShare: flag.boolean({ group: "share", help: "Keep it to its project" }),
    default: flag.boolean({ group: "default", help: "Make it the default QoS policy" }),
    noDefault: flag.boolean({ group: "default", help: "Make it not the default QoS policy" }),
  },
  body: async ({ flags: f, ctx }) =>
    withExtraAttributes(await policyAttrs(ctx, f), parseExtraProperties(f.extraProperty)),
});
