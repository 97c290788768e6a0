import { defineCommand } from "../../cli/command.ts";
import { listUsage, type TenantUsage } from "../../api/compute/usage.ts";
import { listAll } from "../../kit/resource.ts";
import { supports } from "../../kit/versions.ts";
import { project } from "../../resources/identity/project.ts";
import { rangeFlags, USAGE_COLUMNS, usageRange, usageRow } from "./_usage.ts";

/** novaclient's marker: the last server of the last project. */
function nextMarker(page: TenantUsage[]): string | undefined {
  const servers = page.at(-1)?.server_usages;
  return servers?.length ? String(servers[servers.length - 1].instance_id) : undefined;
}

function add(total: TenantUsage, more: TenantUsage) {
  total.server_usages = [...(total.server_usages ?? []), ...(more.server_usages ?? [])];
  for (
    const k of ["total_hours", "total_memory_mb_usage", "total_vcpus_usage", "total_local_gb_usage"]
  ) {
    total[k] = (total[k] as number) + (more[k] as number);
  }
}

export default defineCommand({
  summary: "List each project's resource usage over a date range",
  output: "list",
  flags: rangeFlags,
  async run({ flags: f, output }, ctx) {
    const range = usageRange(f, new Date());
    const compute = await ctx.service("compute");
    let usages = await listUsage(compute, range.query.start, range.query.end);
    if (supports(compute, "2.40")) {
      // Nova splits a long report into pages: merged per project, as python does
      const merged = new Map<string | undefined, TenantUsage>();
      const merge = (page: TenantUsage[]) => {
        for (const u of page) {
          const seen = merged.get(u.tenant_id);
          if (seen) add(seen, u);
          else merged.set(u.tenant_id, { ...u });
        }
      };
      merge(usages);
      let marker = nextMarker(usages);
      while (marker) {
        const page = await listUsage(compute, range.query.start, range.query.end, marker);
        marker = nextMarker(page);
        if (marker) merge(page);
      }
      usages = [...merged.values()];
    }
    // project names when the user may list projects; IDs otherwise
    const names = new Map<string, string>();
    try {
      const identity = await ctx.service("identity");
      for (const p of await listAll(identity, project)) names.set(p.id, String(p.name));
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
    }
    if ((output?.format ?? "table") === "table" && usages.length) {
      await ctx.stdout.write(`Usage from ${range.label.start} to ${range.label.end}: \n`);
    }
    return { kind: "list", columns: USAGE_COLUMNS, rows: usages.map((u) => usageRow(u, names)) };
  },
});
