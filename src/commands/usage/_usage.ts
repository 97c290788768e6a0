/** What usage list and usage show share: the date range and python's columns. */
import { OscError } from "../../errors.ts";
import { flag } from "../../cli/flags.ts";
import type { TenantUsage } from "../../api/compute/usage.ts";
import { pyIsoformat, strptimeYmd } from "../../kit/pyformats.ts";
import { pyFloatRepr } from "../../output/pyrepr.ts";
import { type Cell, formatted, PyFloat } from "../../output/types.ts";

export const rangeFlags = {
  start: flag.string({ metavar: "<start>", help: "First day, YYYY-MM-DD (default: 4 weeks ago)" }),
  end: flag.string({ metavar: "<end>", help: "Last day, YYYY-MM-DD (default: tomorrow)" }),
};

export interface Range {
  start: Date;
  end: Date;
  /** As novaclient sends them (datetime.isoformat()). */
  query: { start: string; end: string };
  /** As python prints them above the table. */
  label: { start: string; end: string };
}

function day(value: string): Date {
  const d = strptimeYmd(value);
  if (typeof d === "string") throw new OscError(d);
  return d;
}

/** --start (default now - 4 weeks) and --end (default now + 1 day), both UTC. */
export function usageRange(f: { start?: string; end?: string }, now: Date): Range {
  const start = f.start ? day(f.start) : new Date(now.getTime() - 28 * 86_400_000);
  const end = f.end ? day(f.end) : new Date(now.getTime() + 86_400_000);
  const ymd = (d: Date) => d.toISOString().slice(0, 10);
  return {
    start,
    end,
    query: { start: pyIsoformat(start), end: pyIsoformat(end) },
    label: { start: ymd(start), end: ymd(end) },
  };
}

export const USAGE_COLUMNS = ["Project", "Servers", "RAM MB-Hours", "CPU Hours", "Disk GB-Hours"];
const FLOATS = ["total_memory_mb_usage", "total_vcpus_usage", "total_local_gb_usage"];

/** float("%.2f" % x), as python's FloatColumn shows it. */
function twoPlaces(v: unknown): Formatted | string {
  if (typeof v !== "number") return "";
  return formatted(pyFloatRepr(Number(v.toFixed(2))), new PyFloat(v));
}
type Formatted = ReturnType<typeof formatted>;

/**
 * One usage's cells: the project's name when known, the number of servers,
 * the totals to two places; JSON keeps the raw values (the server list too).
 * A usage Nova leaves empty has no attributes: python shows "" for each (its
 * table fails on them; here they stay empty).
 */
export function usageRow(u: TenantUsage, names: ReadonlyMap<string, string>): Cell[] {
  const project = u.tenant_id;
  return [
    project === undefined ? "" : formatted(names.get(project) ?? project ?? "", project),
    Array.isArray(u.server_usages)
      ? formatted(String(u.server_usages.length), u.server_usages)
      : "",
    ...FLOATS.map((k) => twoPlaces(u[k])),
  ];
}
