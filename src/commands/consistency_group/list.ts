import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { linksMarker, listPages } from "../../api/paging.ts";
import { listColumn } from "../../columns/format.ts";
import type { Cell } from "../../output/types.ts";

export default defineCommand({
  summary: "List consistency groups",
  output: "list",
  flags: {
    allProjects: flag.boolean({ help: "Groups of every project (admin only)" }),
    long: flag.boolean({ help: "Show more columns" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    const groups = await listPages<Record<string, unknown>>(svc, "/consistencygroups/detail", {
      all_tenants: f.allProjects ? "True" : undefined,
    }, {
      key: "consistencygroups",
      next: (b) => linksMarker(b.consistencygroups_links),
    });
    const columns = f.long
      ? ["ID", "Status", "Availability Zone", "Name", "Description", "Volume Types"]
      : ["ID", "Status", "Name"];
    const keys = columns.map((c) => c.toLowerCase().replaceAll(" ", "_"));
    return {
      kind: "list",
      columns,
      rows: groups.map((g) =>
        keys.map((k) => {
          const v = k in g ? g[k] : "";
          return (k === "volume_types" ? listColumn(v as unknown[]) : v) as Cell;
        })
      ),
    };
  },
});
