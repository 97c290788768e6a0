import { defineCommand } from "../../cli/command.ts";
import { OscError } from "../../errors.ts";
import { HttpError, listOfObjects } from "../../http/errors.ts";
import { compareVersions } from "../../http/microversion.ts";
import { oscFind } from "../../api/find.ts";
import {
  getHypervisor,
  type Hypervisor,
  hypervisorUptime,
  hypervisorVersion,
  listHypervisors,
  versionHeaders,
} from "../../api/compute/hypervisors.ts";
import { dictColumn } from "../../columns/format.ts";
import { cmpCodePoints } from "../../output/pyrepr.ts";
import type { Cell } from "../../output/types.ts";
import { computeVersionPinned } from "../_common.ts";

/** "17:37:14 up  2:33,  3 users,  load average: 0.33, 0.36, 0.34" */
const UPTIME = /^\s*(.+)\sup\s+(.+),\s+(.+)\susers?,\s+load average:\s(.+)/s;

type Named = Hypervisor & { id: string; name?: string };

export default defineCommand({
  summary: "Show a hypervisor",
  output: "show",
  flags: {},
  positionals: [{ name: "hypervisor", metavar: "<hypervisor>", help: "Hypervisor (name or ID)" }],
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    const mv = hypervisorVersion(compute, computeVersionPinned(ctx));
    const nameOrId = positionals.hypervisor as string;
    const h: Record<string, unknown> = {
      ...await oscFind<Named>({
        noun: "hypervisor",
        get: (id) => getHypervisor(compute, mv, id) as Promise<Named>,
        find: async (name) =>
          (await listHypervisors(compute, mv)).filter((x) =>
            x.hypervisor_hostname === name
          ) as Named[],
        list: () => listHypervisors(compute, mv) as Promise<Named[]>,
        exact: false,
      }, nameOrId),
    };

    const service = (h.service ?? {}) as Record<string, unknown>;
    const serviceHost = String(service.host ?? "");
    const aggregates = listOfObjects<Record<string, unknown>>(
      (await compute.request("/os-aggregates", { headers: versionHeaders(mv) })).body,
      "aggregates",
      compute.type,
    );
    h.aggregates = [];
    if (aggregates.length) {
      // Nova cells prefix hosts and their aggregates with "<cell>@"
      const at = serviceHost.indexOf("@");
      const cell = at >= 0 ? serviceHost.slice(0, at) : null;
      const host = at >= 0 ? serviceHost.slice(at + 1) : serviceHost;
      h.aggregates = aggregates.filter((a) =>
        (!cell || String(a.name ?? "").includes(cell)) &&
        ((a.hosts ?? []) as unknown[]).includes(host)
      ).map((a) => a.name);
    }

    try {
      const uptime = await hypervisorUptime(compute, mv, String(h.id));
      if (typeof uptime !== "string") {
        throw new OscError(`expected string or bytes-like object, got '${pyType(uptime)}'`);
      }
      const m = UPTIME.exec(uptime);
      if (m) {
        h.host_time = m[1];
        h.uptime = m[2];
        h.users = m[3];
        h.load_average = m[4];
      }
    } catch (e) {
      if (!(e instanceof HttpError) || e.status !== 501) throw e;
    }

    h.service_id = service.id;
    h.service_host = service.host;
    delete h.service;
    if (!mv || compareVersions(mv, "2.28") < 0) {
      // before 2.28 cpu_info is a JSON string
      h.cpu_info = h.cpu_info ? JSON.parse(String(h.cpu_info)) : {};
    }
    const keys = Object.keys(h).sort(cmpCodePoints);
    return {
      kind: "show",
      fields: keys,
      values: keys.map((k) =>
        k === "cpu_info" ? dictColumn(h[k] as Record<string, unknown> | null) : h[k] as Cell
      ),
    };
  },
});

function pyType(v: unknown): string {
  if (v === null || v === undefined) return "NoneType";
  if (typeof v === "number") return Number.isInteger(v) ? "int" : "float";
  if (typeof v === "boolean") return "bool";
  return Array.isArray(v) ? "list" : "dict";
}
