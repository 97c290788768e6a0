import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { listVolumes } from "../../api/volume/volumes.ts";
import { listServerNames } from "../../api/compute/servers.ts";
import { projectId, userId } from "../../kit/shared.ts";
import { volumeColumns, volumeRow } from "./_volume.ts";
import { warn } from "../../cli/verbosity.ts";

export default defineCommand({
  summary: "List volumes",
  output: "list",
  flags: {
    project: flag.string({
      metavar: "<project>",
      help: "Only volumes of this project (name or ID; admin only)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain of the project (name or ID), when project names collide",
    }),
    user: flag.string({
      metavar: "<user>",
      help: "Only volumes of this user (name or ID; admin only)",
    }),
    userDomain: flag.string({
      metavar: "<user-domain>",
      help: "Domain of the user (name or ID), when user names collide",
    }),
    name: flag.string({ metavar: "<name>", help: "Only volumes with this name" }),
    status: flag.string({ metavar: "<status>", help: "Only volumes in this status" }),
    allProjects: flag.boolean({ help: "Volumes of every project (admin only)" }),
    long: flag.boolean({ help: "Show more columns" }),
    marker: flag.string({
      metavar: "<volume>",
      help: "Start after this volume (ID)",
    }),
    limit: flag.integer({
      nonNegative: true,
      metavar: "<num-volumes>",
      help: "Show at most this many volumes",
    }),
  },
  async run({ flags: f, output }, ctx) {
    const volume = await ctx.service("block-storage");
    const project = await projectId(ctx, f.project || undefined, f.projectDomain);
    const user = await userId(ctx, f.user || undefined, f.userDomain);
    const volumes = await listVolumes(volume, {
      allTenants: !!f.project || f.allProjects,
      projectId: project,
      userId: user,
      name: f.name,
      status: f.status,
    }, { limit: f.limit || undefined, marker: f.marker });
    // server names for "Attached to": the caller's own servers, as python caches them
    const names = new Map<string, string>();
    if (volumes.some((v) => v.attachments?.length)) {
      try {
        const compute = await ctx.service("compute");
        for (const s of await listServerNames(compute)) names.set(s.id, s.name);
      } catch {
        // python shows the server ID when the servers cannot be listed
      }
    }
    const columns = volumeColumns(f.long);
    if (output?.columns.includes("Display Name") && columns.includes("Name")) {
      await warn(ctx, 'The column "Display Name" was deprecated, please use "Name" replace.');
      columns[columns.indexOf("Name")] = "Display Name";
    }
    return {
      kind: "list",
      columns,
      columnsAreList: true,
      rows: volumes.map((v) => volumeRow(v, f.long, names)),
    };
  },
});
