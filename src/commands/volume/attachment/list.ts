import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { linksMarker, listPages } from "../../../api/paging.ts";
import { projectFlags } from "../../../kit/flags.ts";
import { projectId } from "../../../kit/shared.ts";
import type { Cell } from "../../../output/types.ts";
import { requireCommand } from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "List volume attachments",
  output: "list",
  flags: {
    ...projectFlags("Only attachments of this project (name or ID; admin only)"),
    allProjects: flag.boolean({ help: "Attachments of every project (admin only)" }),
    volumeId: flag.string({ metavar: "<volume-id>", help: "Only attachments of this volume (ID)" }),
    status: flag.string({ metavar: "<status>", help: "Only attachments in this status" }),
    marker: flag.string({ metavar: "<marker>", help: "Start after this attachment (ID)" }),
    limit: flag.integer({ metavar: "<limit>", help: "Show at most this many attachments" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.27", "volume attachment list");
    const project = await projectId(ctx, f.project || undefined, f.projectDomain);
    // python's default for --all-projects is $ALL_PROJECTS
    const all = f.allProjects || !!ctx.env.ALL_PROJECTS;
    const items = await listPages<Record<string, unknown>>(svc, "/attachments", {
      all_tenants: project || all ? "True" : undefined,
      project_id: project,
      status: f.status || undefined,
      volume_id: f.volumeId || undefined,
    }, {
      key: "attachments",
      next: (b) => linksMarker(b.attachments_links),
      limit: f.limit || undefined,
      marker: f.marker || undefined,
    });
    const keys = ["id", "volume_id", "instance", "status"];
    return {
      kind: "list",
      columns: ["ID", "Volume ID", "Server ID", "Status"],
      rows: items.map((a) => keys.map((k) => (k in a ? a[k] : "") as Cell)),
    };
  },
});
