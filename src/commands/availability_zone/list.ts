/**
 * Zones of compute, volume and network together (common.availability_zone): compute's detailed
 * list when policy allows it (one row per host and service with --long), else the plain one.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { warn } from "../../cli/verbosity.ts";
import type { Context } from "../../context.ts";
import { listOfObjects } from "../../http/errors.ts";
import type { Cell } from "../../output/types.ts";
import { findItem, listAll } from "../../kit/resource.ts";
import { extension } from "../../resources/network/extension.ts";
import { defineResource } from "../../kit/resource.ts";

type Zone = Record<string, string>;
type NovaZone = {
  zoneName?: string;
  zoneState?: { available?: boolean };
  hosts?: Record<string, Record<string, Record<string, unknown>>> | null;
};

const SHORT = ["Zone Name", "Zone Status"];
const LONG = [...SHORT, "Zone Resource", "Host Name", "Service Name", "Service Status"];
const KEYS = [
  "zone_name",
  "zone_status",
  "zone_resource",
  "host_name",
  "service_name",
  "service_status",
];

const networkZone = defineResource({
  service: "network",
  path: "/availability_zones",
  key: "availability_zone",
  plural: "availability_zones",
  sdkName: "AvailabilityZone",
  noun: "availability zone",
  lookup: "sdk",
  paging: "none",
  attrs: {},
});

function common(az: NovaZone): Zone {
  return {
    zone_status: az.zoneState?.available ? "available" : "not available",
    ...(az.zoneName !== undefined ? { zone_name: az.zoneName } : {}),
    zone_resource: "",
  };
}

function computeRows(az: NovaZone, long: boolean): Zone[] {
  const info = common(az);
  if (!long) return [info];
  const hosts = az.hosts && Object.keys(az.hosts).length ? az.hosts : undefined;
  if (!hosts) return [{ ...info, host_name: "", service_name: "", service_status: "" }];
  return Object.entries(hosts).flatMap(([host, services]) =>
    Object.entries(services ?? {}).map(([svc, state]) => ({
      ...info,
      host_name: host,
      service_name: svc,
      service_status: `${state.active ? "enabled" : "disabled"} ${
        state.available ? ":-)" : "XXX"
      } ${state.updated_at ?? "None"}`,
    }))
  );
}

async function computeZones(ctx: Context, long: boolean): Promise<Zone[]> {
  const compute = await ctx.service("compute");
  let body: unknown;
  try {
    body = await compute.get("/os-availability-zone/detail");
  } catch (e) {
    if ((e as { status?: number }).status !== 403) throw e;
    body = await compute.get("/os-availability-zone");
  }
  return listOfObjects<NovaZone>(body, "availabilityZoneInfo", "compute")
    .flatMap((z) => computeRows(z, long));
}

async function volumeZones(ctx: Context, asked: boolean): Promise<Zone[]> {
  try {
    const volume = await ctx.service("block-storage");
    const body = await volume.get("/os-availability-zone");
    return listOfObjects<NovaZone>(body, "availabilityZoneInfo", "block-storage").map(common);
  } catch {
    if (asked) {
      await warn(ctx, "Availability zones list not supported by Block Storage API");
    }
    return [];
  }
}

async function networkZones(ctx: Context, asked: boolean): Promise<Zone[]> {
  let network;
  try {
    network = await ctx.service("network");
    await findItem(network, extension, "Availability Zone");
  } catch {
    if (asked) await warn(ctx, "Availability zones list not supported by Network API");
    return [];
  }
  return (await listAll(network, networkZone)).map((z) => ({
    zone_name: String(z.name ?? ""),
    zone_status: z.state === "unavailable" ? "not available" : String(z.state ?? ""),
    zone_resource: String(z.resource ?? ""),
  }));
}

export default defineCommand({
  summary: "List availability zones of compute, volume and network",
  output: "list",
  flags: {
    compute: flag.boolean({ help: "Compute zones only" }),
    network: flag.boolean({ help: "Network zones only" }),
    volume: flag.boolean({ help: "Volume zones only" }),
    long: flag.boolean({ help: "Show hosts and services too" }),
  },
  async run({ flags: f }, ctx) {
    const all = !f.compute && !f.volume && !f.network;
    const rows: Zone[] = [];
    if (f.compute || all) rows.push(...await computeZones(ctx, f.long));
    if (f.volume || all) rows.push(...await volumeZones(ctx, f.volume));
    if (f.network || all) rows.push(...await networkZones(ctx, f.network));
    const columns = f.long ? LONG : SHORT;
    return {
      kind: "list",
      columns,
      rows: rows.map((r) => KEYS.slice(0, columns.length).map((k): Cell => r[k] ?? "")),
    };
  },
});
