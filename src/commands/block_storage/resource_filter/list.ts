import { defineCommand } from "../../../cli/command.ts";
import { listOfObjects } from "../../../http/errors.ts";
import type { Cell } from "../../../output/types.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "List the filters each block storage resource accepts",
  output: "list",
  flags: {},
  async run(_, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.33", "block storage resource filter list");
    const filters = listOfObjects<Record<string, unknown>>(
      await svc.get("/resource_filters"),
      "resource_filters",
      svc.type,
    );
    return {
      kind: "list",
      columns: ["Resource", "Filters"],
      rows: filters.map((r) => ["resource", "filters"].map((k) => (k in r ? r[k] : "") as Cell)),
    };
  },
});
