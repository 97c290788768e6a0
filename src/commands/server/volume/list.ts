import { defineCommand } from "../../../cli/command.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { listVolumeAttachments } from "../../../api/compute/attachments.ts";
import { supports } from "../../../kit/versions.ts";
import type { Cell } from "../../../output/types.ts";

export default defineCommand({
  summary: "List the volumes attached to a server",
  output: "list",
  flags: {},
  positionals: [{ name: "server", metavar: "server", help: "Server (name or ID)" }],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const server = await findServer(compute, p.server as string);
    const volumes = await listVolumeAttachments(compute, compute.microversion, server.id);
    // the columns follow novaclient's microversion
    const columns: [string, string][] = [];
    if (!supports(compute, "2.89")) columns.push(["ID", "id"]);
    columns.push(["Device", "device"], ["Server ID", "serverId"], ["Volume ID", "volumeId"]);
    if (supports(compute, "2.70")) columns.push(["Tag", "tag"]);
    if (supports(compute, "2.79")) {
      columns.push(["Delete On Termination?", "delete_on_termination"]);
    }
    if (supports(compute, "2.89")) {
      columns.push(["Attachment ID", "attachment_id"], ["BlockDeviceMapping UUID", "bdm_uuid"]);
    }
    return {
      kind: "list",
      columns: columns.map(([c]) => c),
      rows: volumes.map((v) => columns.map(([, k]) => (k in v ? v[k] : "") as Cell)),
    };
  },
});
