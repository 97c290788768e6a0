/**
 * Versions of every service in the catalog (keystoneauth's get_all_version_data): each endpoint's
 * unversioned root is asked for its version document, then the endpoint as the catalog has it;
 * when neither answers, one row with the endpoint and the version its URL names, if any. Types are the official ones
 * (volumev3 → block-storage, the later entry of one type winning, at the first one's place).
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import type { ServiceClient } from "../../http/service.ts";
import type { Cell } from "../../output/types.ts";
import { canonicalType } from "../../auth/catalog.ts";

interface VersionRow {
  version: number[] | null;
  status: string | null;
  url: string;
  min: string | null;
  max: string | null;
}

const KNOWN = ["CURRENT", "SUPPORTED", "DEPRECATED", "EXPERIMENTAL"];

/** normalize_version_number for strings ("v2.15" → [2, 15], "v3" → [3, 0]); null if not one. */
export function versionNumber(v: unknown): number[] | null {
  if (typeof v !== "string") return null;
  const m = /^v?(\d+(?:\.\d+)*)$/.exec(v.trim());
  if (!m) return null;
  const parts = m[1].split(".").map(Number);
  return parts.length === 1 ? [parts[0], 0] : parts;
}

/** Status.normalize. */
export function normalStatus(raw: string): string {
  const s = raw.toUpperCase() === "STABLE" ? "CURRENT" : raw.toUpperCase();
  return KNOWN.includes(s) ? s : "UNKNOWN";
}

/** _combine_relative_url: a link resolved against the discovery URL, its host kept. */
export function combineUrl(discovery: string, href: string): string {
  const joined = new URL(href, discovery.replace(/\/+$/, "") + "/");
  const base = new URL(discovery);
  if (joined.host === base.host) return joined.href;
  const version = href.replace(/\/+$/, "").split("/").pop() ?? "";
  const basePath = base.pathname.replace(/\/+$/, "");
  const path = basePath.endsWith(version)
    ? base.pathname
    : basePath + "/" + version + (href.endsWith("/") ? "/" : "");
  return `${base.protocol}//${base.host}${path}`;
}

/** get_version_data: the list of version entries in a discovery document. */
export function versionEntries(body: unknown): Record<string, unknown>[] | undefined {
  if (!body || typeof body !== "object" || Array.isArray(body)) return undefined;
  const b = body as Record<string, unknown>;
  const vs = b.versions as Record<string, unknown> | unknown[] | undefined;
  if (vs && !Array.isArray(vs) && Array.isArray(vs.values)) {
    return vs.values as Record<string, unknown>[];
  }
  if (Array.isArray(vs)) return vs as Record<string, unknown>[];
  if (b.version && typeof b.version === "object") return [b.version as Record<string, unknown>];
  return undefined;
}

function compareVersion(a: number[] | null, b: number[] | null): number {
  const x = a ?? [], y = b ?? [];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? -1) - (y[i] ?? -1);
    if (d) return d;
  }
  return 0;
}

/** version_string_data: the rows of one discovery document, oldest version first. */
export function versionRows(url: string, entries: Record<string, unknown>[]): VersionRow[] {
  const rows: VersionRow[] = [];
  for (const v of entries) {
    if (!("id" in v) || !Array.isArray(v.links)) continue;
    const self = (v.links as Record<string, unknown>[]).find((l) =>
      typeof l?.rel === "string" && l.rel.toLowerCase() === "self" && typeof l.href === "string"
    );
    if (!self) continue;
    const min = versionNumber(v.min_version || null);
    const max = versionNumber(v.max_version || v.version || null);
    rows.push({
      version: versionNumber(v.id),
      status: normalStatus(String(v.status)),
      url: combineUrl(url, self.href as string),
      min: min ? min.join(".") : null,
      max: max ? max.join(".") : null,
    });
  }
  return rows.sort((a, b) => compareVersion(a.version, b.version));
}

/** _get_discovery_url_choices without a version asked for: the root, then the catalog's URL. */
export function discoveryUrls(catalogUrl: string, projectId: string | undefined): string[] {
  const u = new URL(catalogUrl.replace(/\/+$/, ""));
  const parts = (u.pathname === "/" ? "" : u.pathname).split("/");
  if (projectId && parts[parts.length - 1] === projectId) parts.pop();
  else if (!projectId && parts.length >= 2 && versionNumber(parts[parts.length - 2])) parts.pop();
  if (versionNumber(parts[parts.length - 1])) parts.pop();
  const root = `${u.protocol}//${u.host}${parts.join("/")}`;
  const hacked = root === catalogUrl ? root : root.replace(/^\/+|\/+$/g, "") + "/";
  return hacked === catalogUrl ? [hacked] : [hacked, catalogUrl];
}

async function versionsOf(
  svc: ServiceClient,
  catalogUrl: string,
  projectId: string | undefined,
): Promise<VersionRow[]> {
  for (const url of discoveryUrls(catalogUrl, projectId)) {
    try {
      const res = await svc.request(url, {
        headers: { Accept: "application/json" },
        ok: (s) => s >= 200 && s < 400,
      });
      const entries = versionEntries(res.body);
      if (!entries) continue;
      const rows = versionRows(url, entries);
      if (rows.length) return rows;
      return [];
    } catch {
      // the next place to look
    }
  }
  let url = catalogUrl.replace(/\/+$/, "");
  if (projectId && url.endsWith(projectId)) url = catalogUrl.slice(0, catalogUrl.lastIndexOf("/"));
  // _infer_version_data: the version the URL names (Swift's /v1/AUTH_…), status CURRENT
  return [{
    version: versionFromUrl(catalogUrl),
    status: "CURRENT",
    url: url + "/",
    min: null,
    max: null,
  }];
}

/** keystoneauth's _version_from_url: the last path segment that is "v" and a version number. */
export function versionFromUrl(url: string): number[] | null {
  for (const part of new URL(url).pathname.split("/").reverse()) {
    if (!part.startsWith("v")) continue;
    const v = versionNumber(part);
    if (v) return v;
  }
  return null;
}

export default defineCommand({
  summary: "Show the API versions each service offers",
  output: "list",
  flags: {
    allInterfaces: flag.boolean({ help: "Every interface", group: "interface" }),
    interface: flag.string({
      metavar: "<interface>",
      default: "public",
      help: "This interface only (default: public)",
      group: "interface",
    }),
    regionName: flag.string({ metavar: "<region_name>", help: "This region only" }),
    service: flag.string({
      metavar: "<service>",
      help: "This service only (catalog type or an official type or alias)",
    }),
    status: flag.string({
      metavar: "<status>",
      help: "This status only: SUPPORTED, CURRENT, DEPRECATED or EXPERIMENTAL",
    }),
  },
  async run({ flags: f }, ctx) {
    const auth = await ctx.auth();
    const svc = await ctx.service("identity");
    const itf = f.allInterfaces ? undefined : f.interface;
    // region → interface → official type → versions, in the order first met
    const data = new Map<string, Map<string, Map<string, VersionRow[]>>>();
    for (const service of auth.catalog) {
      if (f.service && canonicalType(f.service) !== canonicalType(service.type)) continue;
      const type = canonicalType(service.type);
      for (const ep of service.endpoints) {
        const epItf = ep.interface.replace(/URL$/, "");
        if (itf !== undefined && epItf !== itf.replace(/URL$/, "")) continue;
        const region = ep.region_id ?? ep.region ?? null;
        if (f.regionName && f.regionName !== region) continue;
        if (!ep.url) continue;
        const versions = await versionsOf(svc, ep.url, auth.projectId);
        const key = String(region);
        if (!data.has(key)) data.set(key, new Map());
        const byItf = data.get(key)!;
        if (!byItf.has(epItf)) byItf.set(epItf, new Map());
        byItf.get(epItf)!.set(type, versions);
      }
    }
    const status = f.status?.toUpperCase();
    const rows: Cell[][] = [];
    for (const [region, byItf] of data) {
      for (const byType of byItf.values()) {
        for (const [type, versions] of byType) {
          for (const v of versions) {
            if (status && status !== v.status) continue;
            rows.push([
              region,
              type,
              v.version ? v.version.join(".") : null,
              v.status,
              v.url,
              v.min,
              v.max,
            ]);
          }
        }
      }
    }
    return {
      kind: "list",
      columns: [
        "Region Name",
        "Service Type",
        "Version",
        "Status",
        "Endpoint",
        "Min Microversion",
        "Max Microversion",
      ],
      columnsAreList: true,
      rowsAreList: true,
      rows,
    };
  },
});
