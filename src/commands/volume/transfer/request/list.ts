import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { listTransfers } from "../../../../api/volume/transfers.ts";
import type { Cell } from "../../../../output/types.ts";

export default defineCommand({
  summary: "List volume transfer requests",
  output: "list",
  flags: {
    allProjects: flag.boolean({ help: "Transfer requests of every project (admin only)" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    const transfers = await listTransfers(svc, { all_tenants: f.allProjects ? "True" : undefined });
    return {
      kind: "list",
      columns: ["ID", "Name", "Volume"],
      rows: transfers.map((t) =>
        [t.id, t.name, t.volume_id].map((v) => (v === undefined ? "" : v) as Cell)
      ),
    };
  },
});
