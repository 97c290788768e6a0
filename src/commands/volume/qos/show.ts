import { defineCommand } from "../../../cli/command.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { findQos, qosAssociations } from "../../../resources/volume/qos_spec.ts";

export default defineCommand({
  summary: "Show a QoS specification",
  output: "show",
  flags: {},
  positionals: [{ name: "qosSpec", metavar: "<qos-spec>", help: "QoS specification (name or ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const { specs, ...info }: Record<string, unknown> = await findQos(
      svc,
      positionals.qosSpec as string,
    );
    const names = await qosAssociations(svc, info.id as string);
    if (names.length) info.associations = names;
    info.properties = specs;
    return bodyShowResult(info, { format: { properties: "dict", associations: "list" } });
  },
});
