/**
 * openstacksdk's project_cleanup (openstack/cloud/openstackcloud.py and each proxy's
 * _service_cleanup), for the services spoken here: what it finds in a project, in its order,
 * and how it deletes it. Compute goes first; then block storage and network (python runs those
 * two at once, so its lines interleave in no fixed order; here block storage, then network).
 * Image and identity have no cleanup in openstacksdk.
 */
import type { Context } from "../context.ts";
import type { ServiceClient } from "../http/service.ts";
import { HttpError, logLine } from "../http/errors.ts";
import { linksMarker, listPages } from "../api/paging.ts";
import type { Query } from "../http/client.ts";
import { plainError } from "./bulk.ts";

type Obj = Record<string, unknown> & { id: string };

/** One resource found: openstacksdk's class name, its id and its name. */
export interface Found {
  type: string;
  id: string;
  name: unknown;
}

export interface CleanupFilters {
  created_at?: string;
  updated_at?: string;
}

/**
 * iso8601.parse_date: a time without a zone is UTC, a date alone its midnight; undefined when it
 * does not parse (python then drops the condition, so a typo cleans everything: here the
 * resource is kept).
 */
export function isoTime(s: string): number | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?(Z|[+-]\d{2}:?\d{2})?$/
    .exec(s.trim());
  if (!m) return undefined;
  const zone = m[3] ?? "Z";
  const t = Date.parse(
    `${m[1]}T${m[2] ?? "00:00"}${
      zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone
    }`,
  );
  return Number.isNaN(t) ? undefined : t;
}

/**
 * _service_cleanup_resource_filters_evaluation: every filter must hold (the resource's time at or
 * before the given one); a resource without the time asked about is kept.
 */
export function passes(obj: Record<string, unknown>, filters: CleanupFilters): boolean {
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined) continue;
    const own = obj[k];
    if (typeof own !== "string" || !own) return false;
    const a = isoTime(own);
    const b = isoTime(v);
    if (a === undefined || b === undefined || a > b) return false;
  }
  return true;
}

export interface CleanupRun {
  dryRun: boolean;
  projectId: string;
  filters: CleanupFilters;
  /** Every resource found, in order (python's status queue). */
  found: Found[];
  /** What other services will delete (python's identified_resources). */
  identified: Set<string>;
}

type Services = { service(type: string): Promise<ServiceClient> };

const pages = (svc: ServiceClient, path: string, key: string, query: Query = {}) =>
  listPages<Obj>(svc, path, query, { key, next: (b) => linksMarker(b[`${key}_links`]) });

/** The service's client, or undefined when the catalog has none (get_enabled_services). */
async function optional(scoped: Services, type: string): Promise<ServiceClient | undefined> {
  try {
    return await scoped.service(type);
  } catch (e) {
    if (e instanceof HttpError) throw e;
    return undefined;
  }
}

/** The whole cleanup, service after service as openstacksdk's dependency graph orders them. */
export async function projectCleanup(
  ctx: Context,
  scoped: Services,
  run: CleanupRun,
): Promise<void> {
  const steps: [string, (svc: ServiceClient) => Promise<void>][] = [
    ["compute", (svc) => computeCleanup(ctx, svc, scoped, run)],
    ["block-storage", (svc) => blockStorageCleanup(ctx, svc, run)],
    ["network", (svc) => networkCleanup(ctx, svc, run)],
  ];
  for (const [type, step] of steps) {
    const svc = await optional(scoped, type);
    if (!svc) continue;
    try {
      await step(svc);
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      await ctx.stderr.write(
        logLine(`Error in the ${type.replace("-", "_")} cleanup function: ${plainError(e)}`) +
          "\n",
      );
    }
  }
}

/**
 * _service_cleanup_del_res: the resource counts when the filters (or `evaluate`) say so; it is
 * then listed, remembered for the other services and, unless this is a dry run, deleted.
 */
async function consider(
  ctx: Context,
  run: CleanupRun,
  found: Found,
  obj: Obj,
  del: () => Promise<void>,
  filters: CleanupFilters | undefined = run.filters,
  evaluate?: () => boolean,
): Promise<boolean> {
  const needed = evaluate ? evaluate() : passes(obj, filters ?? {});
  if (!needed) return false;
  run.found.push(found);
  run.identified.add(found.id);
  if (!run.dryRun) {
    try {
      await del();
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      await ctx.stderr.write(
        logLine(`Cannot delete resource ${found.type} ${found.id}: ${plainError(e)}`) + "\n",
      );
    }
  }
  return true;
}

const del = (svc: ServiceClient, path: string) => async () => {
  await svc.request(path, { method: "DELETE", expectJson: false });
};

/** resource.wait_for_delete: GET every 2 s until 404, for at most 120 s; then go on anyway. */
async function waitGone(ctx: Context, svc: ServiceClient, path: string): Promise<void> {
  const deadline = ctx.now() + 120_000;
  while (ctx.now() < deadline) {
    try {
      await svc.get(path);
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return;
      if (ctx.signal?.aborted) throw e;
      return;
    }
    await (ctx.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms))))(2000);
  }
}

async function computeCleanup(
  ctx: Context,
  svc: ServiceClient,
  scoped: Services,
  run: CleanupRun,
): Promise<void> {
  const gone: string[] = [];
  for (const s of await pages(svc, "/servers/detail", "servers")) {
    const path = `/servers/${encodeURIComponent(s.id)}`;
    const view = { ...s, created_at: s.created, updated_at: s.updated };
    const needed = await consider(
      ctx,
      run,
      { type: "Server", id: s.id, name: s.name },
      view,
      del(svc, path),
    );
    if (!run.dryRun && needed) {
      // its ports go with it: the network cleanup must not count them
      const net = await scoped.service("network");
      for (const p of await pages(net, "/ports", "ports", { device_id: s.id })) {
        run.identified.add(p.id);
      }
      gone.push(path);
    }
  }
  for (const path of gone) await waitGone(ctx, svc, path);
}

async function blockStorageCleanup(
  ctx: Context,
  svc: ServiceClient,
  run: CleanupRun,
): Promise<void> {
  for (
    const [type, list, key] of [["Backup", "/backups", "backups"], [
      "Snapshot",
      "/snapshots",
      "snapshots",
    ]] as const
  ) {
    const gone: string[] = [];
    for (const o of await pages(svc, list, key)) {
      const path = `${list}/${encodeURIComponent(o.id)}`;
      if (await consider(ctx, run, { type, id: o.id, name: o.name }, o, del(svc, path))) {
        if (!run.dryRun) gone.push(path);
      }
    }
    for (const path of gone) await waitGone(ctx, svc, path);
  }
  for (const v of await pages(svc, "/volumes/detail", "volumes")) {
    const path = `/volumes/${encodeURIComponent(v.id)}`;
    await consider(ctx, run, { type: "Volume", id: v.id, name: v.name }, v, del(svc, path));
  }
}

const ROUTER_INTERFACES = ["network:router_interface", "network:router_interface_distributed"];

async function networkCleanup(ctx: Context, svc: ServiceClient, run: CleanupRun): Promise<void> {
  const project = { project_id: run.projectId };
  for (const ip of await pages(svc, "/floatingips", "floatingips", project)) {
    // fip_cleanup_evaluation gets its arguments swapped (the filters as the resources found),
    // so with a time filter an address on any port stays, and without one every address goes
    const keep = Object.keys(run.filters).length > 0 && ip.port_id != null;
    await consider(
      ctx,
      run,
      { type: "FloatingIP", id: ip.id, name: ip.floating_ip_address },
      ip,
      del(svc, `/floatingips/${encodeURIComponent(ip.id)}`),
      undefined,
      () => !keep,
    );
  }
  for (const sg of await pages(svc, "/security-groups", "security_groups", project)) {
    if (sg.name === "default") continue;
    await consider(
      ctx,
      run,
      { type: "SecurityGroup", id: sg.id, name: sg.name },
      sg,
      del(svc, `/security-groups/${encodeURIComponent(sg.id)}`),
    );
  }
  for (const net of await pages(svc, "/networks", "networks", project)) {
    let busy = false;
    const routerPorts: Obj[] = [];
    for (const p of await pages(svc, "/ports", "ports", { ...project, network_id: net.id })) {
      if (ROUTER_INTERFACES.includes(p.device_owner as string)) routerPorts.push(p);
      else if (p.device_owner === "network:dhcp") continue;
      else if (run.identified.size && !run.identified.has(p.device_id as string)) busy = true;
    }
    if (busy || !passes(net, run.filters)) continue;
    for (const port of routerPorts) {
      const routerId = port.device_id as string;
      run.found.push({ type: "Port", id: port.id, name: port.name });
      if (!run.dryRun) {
        try {
          await svc.request(`/routers/${encodeURIComponent(routerId)}/remove_router_interface`, {
            method: "PUT",
            json: { port_id: port.id },
          });
        } catch (e) {
          if (ctx.signal?.aborted) throw e;
          await ctx.stderr.write(logLine(`Cannot delete object ${port.id}`) + "\n");
        }
      }
      const router = (await svc.get<{ router: Obj }>(`/routers/${encodeURIComponent(routerId)}`))
        .router;
      await consider(
        ctx,
        run,
        { type: "Router", id: router.id, name: router.name },
        router,
        del(svc, `/routers/${encodeURIComponent(router.id)}`),
        {},
      );
    }
    for (const sub of await pages(svc, "/subnets", "subnets", { ...project, network_id: net.id })) {
      await consider(
        ctx,
        run,
        { type: "Subnet", id: sub.id, name: sub.name },
        sub,
        del(svc, `/subnets/${encodeURIComponent(sub.id)}`),
        {},
      );
    }
    await consider(
      ctx,
      run,
      { type: "Network", id: net.id, name: net.name },
      net,
      del(svc, `/networks/${encodeURIComponent(net.id)}`),
      {},
    );
  }
  // routers attached to nothing; python lists every router the token sees (an admin's: the
  // whole cloud's), here the project's only
  for (const r of await pages(svc, "/routers", "routers", project)) {
    if ((await pages(svc, "/ports", "ports", { device_id: r.id })).length) continue;
    await consider(
      ctx,
      run,
      { type: "Router", id: r.id, name: r.name },
      r,
      del(svc, `/routers/${encodeURIComponent(r.id)}`),
      {},
    );
  }
}
