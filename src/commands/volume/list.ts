import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { CliError } from "../../cli/errors.ts";
import { listVolumes } from "../../api/volume/volumes.ts";
import { listServerNames } from "../../api/compute/servers.ts";
import { findIdentity } from "../../api/identity/find.ts";
import { volumeColumns, volumeRow } from "./_volume.ts";

export default defineCommand({
  summary: "List volumes",
  output: "list",
  flags: {
    project: flag.string({
      metavar: "<project>",
      help: "Filter results by project (name or ID) (admin only)",
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help:
        "Domain the project belongs to (name or ID). This can be used in case collisions between project names exist.",
    }),
    user: flag.string({
      metavar: "<user>",
      help: "Filter results by user (name or ID) (admin only)",
    }),
    userDomain: flag.string({
      metavar: "<user-domain>",
      help:
        "Domain the user belongs to (name or ID). This can be used in case collisions between user names exist.",
    }),
    name: flag.string({ metavar: "<name>", help: "Filter results by volume name" }),
    status: flag.string({ metavar: "<status>", help: "Filter results by status" }),
    allProjects: flag.boolean({ help: "Include all projects (admin only)" }),
    long: flag.boolean({ help: "List additional fields in output" }),
    marker: flag.string({
      metavar: "<volume>",
      help: "The last volume ID of the previous page",
    }),
    limit: flag.integer({ metavar: "<num-volumes>", help: "Maximum number of volumes to display" }),
  },
  async run({ flags: f, output }, ctx) {
    if (f.limit !== undefined && f.limit < 0) {
      throw new CliError("--limit expected a non-negative integer");
    }
    const volume = await ctx.service("block-storage");
    let projectId: string | undefined;
    let userId: string | undefined;
    if (f.project || f.user) {
      const identity = await ctx.service("identity");
      const domain = async (d?: string) =>
        d ? (await findIdentity(identity, "domain", d)).id : undefined;
      if (f.project) {
        const domainId = await domain(f.projectDomain);
        projectId = (await findIdentity(identity, "project", f.project, { domainId })).id;
      }
      if (f.user) {
        const domainId = await domain(f.userDomain);
        userId = (await findIdentity(identity, "user", f.user, { domainId })).id;
      }
    }
    const volumes = await listVolumes(volume, {
      allTenants: !!f.project || f.allProjects,
      projectId,
      userId,
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
      await ctx.stderr.write(
        'The column "Display Name" was deprecated, please use "Name" replace.\n',
      );
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
