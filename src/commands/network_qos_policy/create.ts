import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { qosPolicy } from "../../resources/network/qos_policy.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { policyAttrs } from "./_attrs.ts";

export default createCommand(qosPolicy, {
  summary: "Create a QoS policy",
  flags: {
    extraProperty: extraPropertyFlag,
    description: flag.string({ metavar: "<description>", help: "Description" }),
    share: flag.boolean({ group: "share", help: "Share it with every project" }),
    noShare: flag.boolean({ group: "share", help: "Keep it to its project (the default)" }),
    ...projectFlags(),
    default: flag.boolean({ group: "default", help: "Make it the default QoS policy" }),
    noDefault: flag.boolean({ group: "default", help: "Make it not the default QoS policy" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new QoS policy" }],
  body: async ({ flags: f, positionals, ctx }) =>
    withExtraAttributes(
      await policyAttrs(ctx, { ...f, name: positionals.name as string }),
      parseExtraProperties(f.extraProperty),
    ),
});
