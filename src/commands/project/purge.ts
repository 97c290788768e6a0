/**
 * Deletes a project's servers, images, volume snapshots, backups and volumes, then the project
 * (common.project_purge). Each service's list is tried on its own: one that fails is passed over,
 * as python does. --dry-run only names what would go.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { listServers } from "../../api/compute/servers.ts";
import { listImages } from "../../api/image/images.ts";
import { linksMarker, listPages } from "../../api/paging.ts";
import { findIdentity } from "../../api/identity/find.ts";
import { plainError } from "../../kit/bulk.ts";

type Deleter = (id: string) => Promise<unknown>;

/** delete_objects: one warning per item, each failure logged, then the count that failed. */
async function deleteObjects(
  ctx: Context,
  items: readonly { id: string }[],
  resource: string,
  dryRun: boolean,
  del: Deleter,
): Promise<void> {
  let failed = 0;
  for (const i of items) {
    await warn(ctx, `Deleting ${resource} : ${i.id}`);
    if (dryRun) continue;
    try {
      await del(i.id);
    } catch (e) {
      failed++;
      await ctx.stderr.write(
        `Failed to delete ${resource} with ID '${i.id}': ${plainError(e)}\n`,
      );
    }
  }
  if (failed > 0) {
    await ctx.stderr.write(`${failed} of ${items.length} ${resource}s failed to delete.\n`);
  }
}

/** A step whose list (or service) fails is passed over, as python's bare `except: pass`. */
async function quietly(step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch {
    // python passes over every failure of a service here
  }
}

function cinderList(volume: ServiceClient, path: string, key: string, projectId: string) {
  return listPages<{ id: string }>(volume, path, { all_tenants: "True", project_id: projectId }, {
    key,
    next: (b) => linksMarker(b[`${key}_links`]),
  });
}

/** cinderclient's delete, then (v2 and later) the forced delete when that fails. */
function deleteOrForce(volume: ServiceClient, collection: string): Deleter {
  return async (id) => {
    const path = `/${collection}/${encodeURIComponent(id)}`;
    try {
      await volume.request(path, { method: "DELETE", expectJson: false });
    } catch {
      await volume.request(`${path}/action`, {
        method: "POST",
        json: { "os-force_delete": {} },
        expectJson: false,
      });
    }
  };
}

export async function deleteResources(
  ctx: Context,
  projectId: string,
  dryRun: boolean,
): Promise<void> {
  await quietly(async () => {
    const compute = await ctx.service("compute");
    const servers = await listServers(compute, { all_tenants: "True", tenant_id: projectId });
    await deleteObjects(
      ctx,
      servers,
      "server",
      dryRun,
      (id) =>
        compute.request(`/servers/${encodeURIComponent(id)}`, {
          method: "DELETE",
          expectJson: false,
        }),
    );
  });
  await quietly(async () => {
    const image = await ctx.service("image");
    const images = await listImages(image, { owner: projectId });
    await deleteObjects(
      ctx,
      images,
      "image",
      dryRun,
      (id) =>
        image.request(`/images/${encodeURIComponent(id)}`, {
          method: "DELETE",
          expectJson: false,
        }),
    );
  });
  let volume: ServiceClient;
  try {
    volume = await ctx.service("block-storage");
  } catch {
    return;
  }
  await quietly(async () => {
    const snaps = await cinderList(volume, "/snapshots/detail", "snapshots", projectId);
    await deleteObjects(ctx, snaps, "volume snapshot", dryRun, deleteOrForce(volume, "snapshots"));
  });
  await quietly(async () => {
    const backups = await cinderList(volume, "/backups/detail", "backups", projectId);
    await deleteObjects(ctx, backups, "volume backup", dryRun, deleteOrForce(volume, "backups"));
  });
  await quietly(async () => {
    const volumes = await cinderList(volume, "/volumes/detail", "volumes", projectId);
    await deleteObjects(
      ctx,
      volumes,
      "volume",
      dryRun,
      (id) =>
        volume.request(`/volumes/${encodeURIComponent(id)}/action`, {
          method: "POST",
          json: { "os-force_delete": null },
          expectJson: false,
        }),
    );
  });
}

export default defineCommand({
  summary: "Delete a project's servers, images and volumes, then the project",
  flags: {
    dryRun: flag.boolean({ help: "Only name what would be deleted" }),
    keepProject: flag.boolean({ help: "Delete its resources but keep the project" }),
    authProject: flag.boolean({
      help: "The project you are logged in to",
      group: "project",
      groupRequired: true,
    }),
    project: flag.string({
      metavar: "<project>",
      help: "Project to purge (name or ID)",
      group: "project",
      groupRequired: true,
    }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain the project belongs to (name or ID)",
    }),
  },
  async run({ flags: f }, ctx) {
    let projectId: string;
    if (f.authProject) {
      projectId = (await ctx.auth()).projectId ?? "None";
    } else {
      const identity = await ctx.service("identity");
      const domainId = f.projectDomain
        ? (await findIdentity(identity, "domain", f.projectDomain)).id
        : undefined;
      projectId = (await findIdentity(identity, "project", f.project!, { domainId })).id;
    }
    await deleteResources(ctx, projectId, f.dryRun);
    if (!f.keepProject) {
      await warn(ctx, `Deleting project: ${projectId}`);
      if (!f.dryRun) {
        const identity = await ctx.service("identity");
        await identity.request(`/projects/${encodeURIComponent(projectId)}`, {
          method: "DELETE",
          expectJson: false,
        });
      }
    }
  },
});
