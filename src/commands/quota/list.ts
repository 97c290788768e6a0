/**
 * Projects whose quotas of one service differ from its defaults (common.quota ListQuota), or
 * with --detail the usage of one project's compute or network quotas.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import type { Cell, ListResult } from "../../output/types.ts";
import { listAll } from "../../kit/resource.ts";
import { project } from "../../resources/identity/project.ts";
import { findProject, networkQuota, projectInfo, type QuotaSet, quotaSet } from "./_quota.ts";

const COMPUTE = [
  ["Project ID", "id"],
  ["Cores", "cores"],
  ["Fixed IPs", "fixed_ips"],
  ["Injected Files", "injected_files"],
  ["Injected File Content Bytes", "injected_file_content_bytes"],
  ["Injected File Path Bytes", "injected_file_path_bytes"],
  ["Instances", "instances"],
  ["Key Pairs", "key_pairs"],
  ["Metadata Items", "metadata_items"],
  ["Ram", "ram"],
  ["Server Groups", "server_groups"],
  ["Server Group Members", "server_group_members"],
] as const;
const VOLUME = [
  ["Project ID", "id"],
  ["Backups", "backups"],
  ["Backup Gigabytes", "backup_gigabytes"],
  ["Gigabytes", "gigabytes"],
  ["Per Volume Gigabytes", "per_volume_gigabytes"],
  ["Snapshots", "snapshots"],
  ["Volumes", "volumes"],
] as const;
const NETWORK = [
  ["Project ID", "id"],
  ["Floating IPs", "floating_ips"],
  ["Networks", "networks"],
  ["Ports", "ports"],
  ["RBAC Policies", "rbac_policies"],
  ["Routers", "routers"],
  ["Security Groups", "security_groups"],
  ["Security Group Rules", "security_group_rules"],
  ["Subnets", "subnets"],
  ["Subnet Pools", "subnet_pools"],
] as const;

type Columns = readonly (readonly [string, string])[];

/** _xform_get_quota: the columns' values, '' for what the answer lacks. */
function xform(q: QuotaSet, id: string, cols: Columns): Cell[] {
  return cols.map(([, k]) => k === "id" ? id : (q[k] ?? "") as Cell);
}

async function nonDefault(
  ctx: Context,
  ids: string[],
  cols: Columns,
  get: (id: string) => Promise<[QuotaSet, () => Promise<QuotaSet>]>,
  skip: (e: unknown) => boolean,
): Promise<ListResult> {
  const rows: Cell[][] = [];
  for (const id of ids) {
    let data: QuotaSet, defaults: () => Promise<QuotaSet>;
    try {
      [data, defaults] = await get(id);
    } catch (e) {
      if (!skip(e)) throw e;
      await warn(ctx, `Project ${id} not found: ${(e as Error).message}`);
      continue;
    }
    const row = xform(data, id, cols);
    const def = xform(await defaults(), id, cols);
    if (JSON.stringify(row) !== JSON.stringify(def)) rows.push(row);
  }
  return { kind: "list", columns: cols.map(([h]) => h), rows };
}

function status(e: unknown): number | undefined {
  return (e as { status?: number }).status;
}

async function detailed(
  ctx: Context,
  named: string | undefined,
  service: "compute" | "network",
): Promise<ListResult> {
  const id = (await projectInfo(ctx, named)).id ?? "None";
  let quotas: QuotaSet;
  if (service === "compute") {
    const compute = await ctx.service("compute");
    quotas = await quotaSet(compute, `/os-quota-sets/${encodeURIComponent(id)}/detail`);
  } else {
    quotas = await networkQuota(await ctx.service("network"), id, "details");
  }
  const rows: Cell[][] = [];
  for (const [resource, v] of Object.entries(quotas)) {
    if (!v || typeof v !== "object" || Array.isArray(v)) continue;
    const d = v as Record<string, unknown>;
    const inUse = "used" in d ? d.used : d.in_use;
    rows.push([
      resource,
      (inUse ?? null) as Cell,
      (d.reserved ?? null) as Cell,
      (d.limit ?? null) as Cell,
    ]);
  }
  return { kind: "list", columns: ["Resource", "In Use", "Reserved", "Limit"], rows };
}

export default defineCommand({
  summary: "List projects with quotas other than the defaults, or one project's usage",
  output: "list",
  flags: {
    project: flag.string({ metavar: "<project>", help: "This project only (name or ID)" }),
    detail: flag.boolean({ help: "Usage of each quota (compute, network)" }),
    compute: flag.boolean({ help: "Compute quotas", group: "service", groupRequired: true }),
    volume: flag.boolean({ help: "Volume quotas", group: "service", groupRequired: true }),
    network: flag.boolean({ help: "Network quotas", group: "service", groupRequired: true }),
  },
  async run({ flags: f }, ctx) {
    const ids = f.project === undefined
      ? (await listAll(await ctx.service("identity"), project)).map((p) => String(p.id ?? ""))
      : [(await findProject(ctx, f.project)).id];
    if (f.compute) {
      if (f.detail) return await detailed(ctx, f.project, "compute");
      const compute = await ctx.service("compute");
      return await nonDefault(ctx, ids, COMPUTE, async (id) => {
        const p = `/os-quota-sets/${encodeURIComponent(id)}`;
        return [await quotaSet(compute, p), () => quotaSet(compute, `${p}/defaults`)];
      }, (e) => {
        const s = status(e);
        return s !== undefined && s >= 400 && s <= 499;
      });
    }
    if (f.volume) {
      if (f.detail) {
        await warn(ctx, "Volume service doesn't provide detailed quota information");
      }
      const volume = await ctx.service("block-storage");
      return await nonDefault(ctx, ids, VOLUME, async (id) => {
        const p = `/os-quota-sets/${encodeURIComponent(id)}`;
        return [
          await quotaSet(volume, p, { usage: "False" }),
          () => quotaSet(volume, `${p}/defaults`),
        ];
      }, (e) => status(e) === 404);
    }
    if (f.detail) return await detailed(ctx, f.project, "network");
    const network: ServiceClient = await ctx.service("network");
    return await nonDefault(ctx, ids, NETWORK, async (id) => {
      return [await networkQuota(network, id), () => networkQuota(network, id, "default")];
    }, (e) => status(e) === 404);
  },
});
