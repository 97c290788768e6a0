/** Query building and row shaping for `server list`, kept apart from the flag table. */
import type { Context } from "../../context.ts";
import type { Query } from "../../http/client.ts";
import type { ServiceClient } from "../../http/service.ts";
import { OscError } from "../../errors.ts";
import { UsageError } from "../../cli/errors.ts";
import { findServer, type Server } from "../../api/compute/servers.ts";
import { findFlavor, getFlavor } from "../../api/compute/flavors.ts";
import { findImage, getImage } from "../../api/image/images.ts";
import { findProject, findUser } from "../../api/identity/find.ts";
import { compareVersions } from "../../http/microversion.ts";
import { dictColumn, dictListColumn, listColumn } from "../../columns/format.ts";
import { type Cell, formatted, type ListResult } from "../../output/types.ts";

export const IMAGE_STRING_FOR_BFV = "N/A (booted from volume)";
const POWER_STATES = ["NOSTATE", "Running", "", "Paused", "Shutdown", "", "Crashed", "Suspended"];
const POWER_STATE_FILTER: Record<string, number> = {
  pending: 0,
  running: 1,
  paused: 3,
  shutdown: 4,
  crashed: 6,
  suspended: 7,
};

export interface ServerListFlags {
  reservationId?: string;
  ip?: string;
  ip6?: string;
  name?: string;
  instanceName?: string;
  status?: string;
  flavor?: string;
  image?: string;
  host?: string;
  allProjects: boolean;
  project?: string;
  projectDomain?: string;
  user?: string;
  userDomain?: string;
  deleted: boolean;
  availabilityZone?: string;
  keyName?: string;
  configDrive: boolean;
  noConfigDrive: boolean;
  progress?: string;
  marker?: string;
  changesBefore?: string;
  changesSince?: string;
  locked: boolean;
  unlocked: boolean;
  tags: string[];
  notTags: string[];
  vmState?: string;
  taskState?: string;
  powerState?: string;
}

/** python's percent_type for --progress: an int in 1..100, else argparse's error. */
export function percent(raw: string): number {
  const prog = "openstack server list";
  if (!/^\s*[-+]?\d+\s*$/.test(raw)) {
    throw new UsageError(`argument --progress: invalid percent_type value: '${raw}'`, prog);
  }
  const n = Number.parseInt(raw, 10);
  if (!(n > 0 && n <= 100)) {
    throw new UsageError("argument --progress: Must be between 0 and 100", prog);
  }
  return n;
}

function atLeast(mv: string | undefined, v: string): boolean {
  return mv !== undefined && compareVersions(mv, v) >= 0;
}

const ISO8601 = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Search options as the python client sends them, names resolved to IDs. */
export async function buildServerQuery(
  f: ServerListFlags,
  compute: ServiceClient,
  ctx: Context,
): Promise<{ query: Query; markerId?: string }> {
  const mv = compute.microversion;
  const need = (flag: string, v: string) => {
    if (!atLeast(mv, v)) {
      throw new OscError(
        `--os-compute-api-version ${v} or greater is required to support the ${flag} option`,
      );
    }
  };
  if (f.tags.length) need("--tag", "2.26");
  if (f.notTags.length) need("--not-tag", "2.26");
  if (f.locked) need("--locked", "2.73");
  if (f.unlocked) need("--unlocked", "2.73");
  if (f.changesBefore) {
    if (!atLeast(mv, "2.66")) {
      throw new OscError("--os-compute-api-version 2.66 or later is required");
    }
    if (!ISO8601.test(f.changesBefore)) {
      throw new OscError(`Invalid changes-before value: ${f.changesBefore}`);
    }
  }
  if (f.changesSince && !ISO8601.test(f.changesSince)) {
    throw new OscError(`Invalid changes-since value: ${f.changesSince}`);
  }
  const allProjects = f.allProjects || /^(1|true|yes|on)$/i.test(ctx.env.ALL_PROJECTS ?? "");

  // Name → ID lookups are independent: run them together.
  const identity = f.project || f.user ? ctx.service("identity") : undefined;
  const [projectId, userId, flavorId, imageId, markerId] = await Promise.all([
    f.project
      ? identity!.then((i) => findProject(i, f.project!, f.projectDomain)).then((p) => p.id)
      : undefined,
    f.user
      ? identity!.then((i) => findUser(i, f.user!, f.userDomain)).then((u) => u.id)
      : undefined,
    f.flavor ? findFlavor(compute, f.flavor).then((x) => x.id) : undefined,
    f.image
      ? ctx.service("image").then((i) => findImage(i, f.image!)).then((x) => x.id)
      : undefined,
    f.marker ? (f.deleted ? f.marker : findServer(compute, f.marker).then((s) => s.id)) : undefined,
  ]);
  const query: Query = {
    reservation_id: f.reservationId,
    ip: f.ip,
    ip6: f.ip6,
    name: f.name,
    instance_name: f.instanceName,
    status: f.status,
    flavor: flavorId,
    image: imageId,
    host: f.host,
    tenant_id: projectId,
    all_tenants: allProjects || projectId ? "True" : undefined,
    user_id: userId,
    deleted: f.deleted ? "True" : undefined,
    "changes-before": f.changesBefore,
    "changes-since": f.changesSince,
    availability_zone: f.availabilityZone,
    key_name: f.keyName,
    config_drive: f.configDrive ? "True" : f.noConfigDrive ? "False" : undefined,
    progress: f.progress === undefined ? undefined : String(percent(f.progress)),
    tags: f.tags.length ? f.tags.join(",") : undefined,
    "not-tags": f.notTags.length ? f.notTags.join(",") : undefined,
    locked: f.locked ? "True" : f.unlocked ? "False" : undefined,
    vm_state: f.vmState,
    task_state: f.taskState,
    power_state: f.powerState ? POWER_STATE_FILTER[f.powerState] : undefined,
  };
  return { query, markerId };
}

export interface RowOptions {
  long: boolean;
  noNameLookup: boolean;
  microversion?: string;
  /** -c selections: some add columns the default set lacks. */
  extraColumns: readonly string[];
  compute: ServiceClient;
  image?: ServiceClient;
}

type Getter = (s: Server, names: Names) => Cell;
interface Names {
  images: Map<string, string>;
  flavors: Map<string, string>;
}

function imageId(s: Server): string | undefined {
  return typeof s.image === "object" && s.image ? s.image.id : undefined;
}

/** python's getattr(server, field, ''): a present null stays None, a missing key is ''. */
function attr(s: Server, key: string): Cell {
  return key in s ? (s[key] as Cell) : "";
}

const get: Record<string, Getter> = {
  id: (s) => s.id,
  name: (s) => s.name,
  status: (s) => s.status,
  taskState: (s) => attr(s, "OS-EXT-STS:task_state"),
  powerState: (s) => {
    const v = s["OS-EXT-STS:power_state"];
    if (v === undefined) return "";
    const human = typeof v === "number" && POWER_STATES[v] !== undefined ? POWER_STATES[v] : "N/A";
    return formatted(human, v);
  },
  networks: (s) => {
    const nets: Record<string, string[]> = {};
    for (const [label, list] of Object.entries(s.addresses ?? {})) {
      nets[label] = list.map((a) => a.addr);
    }
    return dictListColumn(nets);
  },
  imageName: (s, n) => {
    if (s.image === undefined) return ""; // 2.69+: partial record during an outage
    const id = imageId(s);
    if (!id) return IMAGE_STRING_FOR_BFV;
    return n.images.get(id) ?? "";
  },
  imageId: (s) => (s.image === undefined ? "" : imageId(s) ?? IMAGE_STRING_FOR_BFV),
  flavorName: (s, n) =>
    s.flavor?.original_name ?? (s.flavor?.id ? n.flavors.get(s.flavor.id) ?? "" : ""),
  flavorId: (s) => s.flavor?.id ?? "",
  az: (s) => attr(s, "OS-EXT-AZ:availability_zone"),
  host: (s) => attr(s, "OS-EXT-SRV-ATTR:host"),
  properties: (s) => dictColumn(s.metadata),
  projectId: (s) => attr(s, "tenant_id"),
  userId: (s) => attr(s, "user_id"),
  created: (s) => attr(s, "created"),
  securityGroups: (s) => listColumn((s.security_groups ?? []).map((g) => g.name)),
  hostStatus: (s) => attr(s, "host_status"),
  empty: () => "",
};

/** The server keys the getters above read; nothing else is kept (10,000 servers stay small). */
const KEPT = [
  "id",
  "name",
  "status",
  "OS-EXT-STS:task_state",
  "OS-EXT-STS:power_state",
  "addresses",
  "image",
  "flavor",
  "OS-EXT-AZ:availability_zone",
  "OS-EXT-SRV-ATTR:host",
  "metadata",
  "tenant_id",
  "user_id",
  "created",
  "security_groups",
  "host_status",
] as const;

/** A server reduced to what the list's columns use, as each page arrives. */
export function slimServer(s: Server): Server {
  const out: Record<string, unknown> = {};
  for (const k of KEPT) if (k in s) out[k] = s[k];
  // nested records: only the fields the getters read
  if (s.flavor) out.flavor = { id: s.flavor.id, original_name: s.flavor.original_name };
  if (s.image && typeof s.image === "object") out.image = { id: s.image.id };
  if (s.addresses) {
    const a: Record<string, { addr: string }[]> = {};
    for (const [label, list] of Object.entries(s.addresses)) {
      a[label] = (list ?? []).map((x) => ({ addr: x.addr }));
    }
    out.addresses = a;
  }
  return out as Server;
}

/** -c values that add a column (python: "support for additional columns"). */
const EXTRA: [string[], string, string][] = [
  [["Project ID", "project_id"], "Project ID", "projectId"],
  [["User ID", "user_id"], "User ID", "userId"],
  [["Created At", "created_at"], "Created At", "created"],
  [["Security Groups", "security_groups"], "Security Groups", "securityGroups"],
  [["Task State", "task_state"], "Task State", "taskState"],
  [["Power State", "power_state"], "Power State", "powerState"],
  [["Image ID", "image_id"], "Image ID", "imageId"],
  [["Flavor ID", "flavor_id"], "Flavor ID", "flavorId"],
  [["Availability Zone", "availability_zone"], "Availability Zone", "az"],
  [["Host", "host"], "Host", "host"],
  [["Properties", "properties"], "Properties", "properties"],
];

/** Column headers and getters, in the python client's order for this microversion. */
export function serverColumns(
  o: Omit<RowOptions, "compute" | "image">,
  servers: readonly Server[],
): [string, string][] {
  const cols: [string, string][] = [["ID", "id"], ["Name", "name"], ["Status", "status"]];
  if (o.long) cols.push(["Task State", "taskState"], ["Power State", "powerState"]);
  cols.push(["Networks", "networks"]);
  if (o.long) cols.push(["Image Name", "imageName"], ["Image ID", "imageId"]);
  else cols.push(["Image", o.noNameLookup ? "imageId" : "imageName"]);
  if (atLeast(o.microversion, "2.47")) cols.push(["Flavor", "flavorName"]);
  else if (o.long) cols.push(["Flavor Name", "flavorName"], ["Flavor ID", "flavorId"]);
  else cols.push(["Flavor", o.noNameLookup ? "flavorId" : "flavorName"]);
  if (o.long) {
    cols.push(["Availability Zone", "az"], ["Host", "host"], ["Properties", "properties"]);
  }
  for (const c of o.extraColumns) {
    for (const [names, header, getter] of EXTRA) {
      // python adds the column again even when it is already there; cliff then shows it once
      if (names.includes(c)) cols.push([header, getter]);
    }
  }
  if (o.long && atLeast(o.microversion, "2.16") && servers.some((s) => "host_status" in s)) {
    cols.push(["Host Status", "hostStatus"]);
  }
  return cols;
}

/** Image and flavor names for the ids on this page only, fetched in parallel. */
async function lookupNames(
  servers: readonly Server[],
  o: RowOptions,
  getters: Set<string>,
): Promise<Names> {
  const names: Names = { images: new Map(), flavors: new Map() };
  if (o.noNameLookup || !servers.length) return names;
  const jobs: Promise<void>[] = [];
  if (getters.has("imageName") && o.image) {
    const img = o.image;
    const ids = new Set(servers.map(imageId).filter((x): x is string => !!x));
    for (const id of ids) {
      jobs.push(
        getImage(img, id).then((i) => void names.images.set(id, i.name ?? "")).catch(() => {}),
      );
    }
  }
  if (getters.has("flavorName")) {
    const ids = new Set(
      servers.filter((s) => s.flavor && !s.flavor.original_name && s.flavor.id).map((s) =>
        s.flavor!.id!
      ),
    );
    for (const id of ids) {
      jobs.push(
        getFlavor(o.compute, id).then((f) => void names.flavors.set(id, f.name)).catch(() => {}),
      );
    }
  }
  await Promise.all(jobs);
  return names;
}

export async function serverRows(servers: readonly Server[], o: RowOptions): Promise<ListResult> {
  const cols = serverColumns(o, servers);
  const names = await lookupNames(servers, o, new Set(cols.map(([, g]) => g)));
  return {
    kind: "list",
    columns: cols.map(([h]) => h),
    rows: servers.map((s) => cols.map(([, g]) => get[g](s, names))),
  };
}
