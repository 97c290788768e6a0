import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listMessages } from "../../../api/volume/messages.ts";
import { projectId } from "../../../kit/shared.ts";
import { requireCommandVersion } from "../../../kit/versions.ts";
import type { Cell } from "../../../output/types.ts";

const COLUMNS = [
  "ID",
  "Event ID",
  "Resource Type",
  "Resource UUID",
  "Message Level",
  "User Message",
  "Request ID",
  "Created At",
  "Guaranteed Until",
];

export default defineCommand({
  summary: "List volume failure messages",
  output: "list",
  flags: {
    project: flag.string({
      metavar: "<project>",
      help: "Only messages of this project (name or ID; admin only)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
    marker: flag.string({ metavar: "<message-id>", help: "Start after this message (ID)" }),
    limit: flag.integer({ metavar: "<limit>", help: "Show at most this many messages" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommandVersion(svc, "3.3", "volume message list");
    const project = f.project ? await projectId(ctx, f.project, f.projectDomain) : undefined;
    const messages = await listMessages(svc, {
      projectId: project,
      marker: f.marker,
      limit: f.limit,
    });
    // get_item_properties: the column name lowercased, spaces as underscores
    const keys = COLUMNS.map((c) => c.toLowerCase().replaceAll(" ", "_"));
    return {
      kind: "list",
      columns: COLUMNS,
      rows: messages.map((m) => keys.map((k) => (k in m ? m[k] : "") as Cell)),
    };
  },
});
