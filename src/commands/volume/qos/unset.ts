import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findQos, unsetQosKeys } from "../../../resources/volume/qos_spec.ts";

export default defineCommand({
  summary: "Remove properties of a QoS specification",
  flags: {
    property: flag.list({ metavar: "<key>", help: "QoS property to remove (repeatable)" }),
  },
  positionals: [{ name: "qosSpec", metavar: "<qos-spec>", help: "QoS specification (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const q = await findQos(svc, positionals.qosSpec as string);
    if (f.property.length) await unsetQosKeys(svc, q.id, f.property);
  },
});
