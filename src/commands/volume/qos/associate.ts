import { defineCommand } from "../../../cli/command.ts";
import { findQos, qosAction } from "../../../resources/volume/qos_spec.ts";
import { findVolumeType } from "../../../resources/volume/volume_type.ts";

export default defineCommand({
  summary: "Associate a QoS specification with a volume type",
  flags: {},
  positionals: [
    { name: "qosSpec", metavar: "<qos-spec>", help: "QoS specification (name or ID)" },
    { name: "volumeType", metavar: "<volume-type>", help: "Volume type (name or ID)" },
  ],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const q = await findQos(svc, positionals.qosSpec as string);
    const t = await findVolumeType(svc, positionals.volumeType as string);
    await qosAction(svc, q.id, "associate", t.id);
  },
});
