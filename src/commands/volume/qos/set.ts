import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findQos, setQosKeys } from "../../../resources/volume/qos_spec.ts";
import { keyValuePairs } from "../../_common.ts";

export default defineCommand({
  summary: "Set properties of a QoS specification",
  flags: {
    property: flag.list({ metavar: "<key=value>", help: "QoS property to set (repeatable)" }),
  },
  positionals: [{ name: "qosSpec", metavar: "<qos-spec>", help: "QoS specification (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const props = Object.fromEntries(keyValuePairs(f.property));
    const svc = await ctx.service("block-storage");
    const q = await findQos(svc, positionals.qosSpec as string);
    if (f.property.length) await setQosKeys(svc, q.id, props);
  },
});
