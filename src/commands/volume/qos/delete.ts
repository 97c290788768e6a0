import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";
import { deleteQos, findQos } from "../../../resources/volume/qos_spec.ts";

export default defineCommand({
  summary: "Delete QoS specifications",
  flags: {
    force: flag.boolean({ help: "Delete even when associated with volume types" }),
  },
  positionals: [{
    name: "qosSpecs",
    metavar: "<qos-spec>",
    help: "QoS specifications to delete (name or ID)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    await deleteEach(
      ctx,
      "QoS specification",
      positionals.qosSpecs as string[],
      async (nameOrId) => await deleteQos(svc, (await findQos(svc, nameOrId)).id, f.force),
      plainError,
    );
  },
});
