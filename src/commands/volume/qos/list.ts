import { defineCommand } from "../../../cli/command.ts";
import { type Cell, formatted } from "../../../output/types.ts";
import { dictColumn, listColumn } from "../../../columns/format.ts";
import { listAll } from "../../../kit/resource.ts";
import { qosAssociations, qosSpec } from "../../../resources/volume/qos_spec.ts";

export default defineCommand({
  summary: "List QoS specifications",
  output: "list",
  flags: {},
  async run(_, ctx) {
    const svc = await ctx.service(qosSpec.service);
    const specs = await listAll(svc, qosSpec);
    const rows: Cell[][] = [];
    for (const q of specs) {
      let associations: string[] | null | undefined;
      try {
        const names = await qosAssociations(svc, q.id);
        if (names.length) associations = names;
      } catch (e) {
        if ((e as { status?: number }).status !== 404) throw e;
        associations = null;
      }
      rows.push([
        q.id,
        (q.name ?? "") as Cell,
        (q.consumer ?? "") as Cell,
        // python formats the missing key as a ListColumn of ""
        associations === undefined ? formatted("", "") : listColumn(associations),
        dictColumn((q.specs ?? "") as never),
      ]);
    }
    return {
      kind: "list",
      columns: ["ID", "Name", "Consumer", "Associations", "Properties"],
      rows,
    };
  },
});
