import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { objectIn } from "../../../http/errors.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { qosSpec } from "../../../resources/volume/qos_spec.ts";
import { keyValuePairs } from "../../_common.ts";

export default defineCommand({
  summary: "Create a QoS specification",
  output: "show",
  flags: {
    consumer: flag.string({
      metavar: "<consumer>",
      choices: ["front-end", "back-end", "both"],
      default: "both",
      help: "Where the QoS applies: front-end, back-end or both (the default)",
    }),
    property: flag.list({ metavar: "<key=value>", help: "QoS property to set (repeatable)" }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new QoS specification" }],
  async run({ flags: f, positionals }, ctx) {
    const specs = { consumer: f.consumer, ...Object.fromEntries(keyValuePairs(f.property)) };
    const svc = await ctx.service(qosSpec.service);
    const res = await svc.request(qosSpec.path, {
      method: "POST",
      json: { qos_specs: { name: positionals.name, ...specs } },
    });
    const { specs: props, ...info }: Record<string, unknown> = objectIn(
      res.body,
      "qos_specs",
      svc.type,
    );
    return bodyShowResult({ ...info, properties: props }, { format: { properties: "dict" } });
  },
});
