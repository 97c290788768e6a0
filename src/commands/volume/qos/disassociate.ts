import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { findQos, qosAction } from "../../../resources/volume/qos_spec.ts";
import { findVolumeType } from "../../../resources/volume/volume_type.ts";

export default defineCommand({
  summary: "Disassociate a QoS specification from volume types",
  flags: {
    volumeType: flag.string({
      group: "from",
      metavar: "<volume-type>",
      help: "Volume type to disassociate from (name or ID)",
    }),
    all: flag.boolean({ group: "from", help: "Disassociate from every volume type" }),
  },
  positionals: [{ name: "qosSpec", metavar: "<qos-spec>", help: "QoS specification (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const q = await findQos(svc, positionals.qosSpec as string);
    if (f.volumeType) {
      const t = await findVolumeType(svc, f.volumeType);
      await qosAction(svc, q.id, "disassociate", t.id);
    } else if (f.all) {
      await qosAction(svc, q.id, "disassociate_all");
    }
  },
});
