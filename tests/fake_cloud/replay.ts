/**
 * Replays GET answers captured from the real test cloud (scripts/capture_demo.ts →
 * captured/demo.json) for the paths the fake does not simulate itself: Neutron, Cinder,
 * Placement, Swift, and the Keystone/Nova/Glance resources beyond tokens, servers, flavors
 * and images. A path with no captured answer gets a 404 whose message names it, and is
 * remembered in `misses`, so a test can say exactly what to capture.
 */
import type { RegistryEntry } from "../../src/cli/registry_types.ts";
import type { CommandDef } from "../../src/cli/command.ts";

export interface CapturedAnswer {
  /** The fake's path prefix: identity, compute, image, network, volume, placement, object-store. */
  service: string;
  method: string;
  /** Path and query below the service root, the scope's project id as {project_id}. */
  path: string;
  status: number;
  headers: Record<string, string>;
  /** Service roots as {root:<service>}. */
  body: string;
}

export interface CapturedDataset {
  note: string;
  cloud: string;
  services: string[];
  answers: CapturedAnswer[];
}

/** Catalog type → the fake's path prefix (one prefix per API, whatever its type aliases). */
const PREFIX: Record<string, string> = {
  identity: "identity",
  compute: "compute",
  image: "image",
  network: "network",
  volume: "volume",
  volumev2: "volume",
  volumev3: "volume",
  "block-storage": "volume",
  placement: "placement",
  "object-store": "object-store",
};

export function prefixOf(catalogType: string): string {
  return PREFIX[catalogType] ?? catalogType;
}

/** An endpoint URL without its version and project segments: http://h:8776/v3/<id> → http://h:8776 */
export function serviceRoot(endpoint: string): string {
  return endpoint
    .replace(/\/+$/, "")
    .replace(/\/(AUTH_)?[0-9a-f]{32}$/, "")
    .replace(/\/v\d+(\.\d+)?$/, "");
}

export interface Replay {
  /** The captured answer for a request below `/<service>`, or a loud 404. */
  answer(
    req: Request,
    service: string,
    path: string,
    opts: { projectId?: string; root: (service: string) => string },
  ): Response;
  /** Whether an answer for this request was captured. */
  has(method: string, service: string, path: string, projectId?: string): boolean;
  /** "GET /network/v2.0/routers" for each request nothing was captured for. */
  readonly misses: string[];
}

function keyOf(method: string, service: string, path: string, projectId?: string): string {
  const p = projectId ? path.replaceAll(projectId, "{project_id}") : path;
  return `${service} ${method === "HEAD" ? "HEAD" : method} ${p}`;
}

export function replay(data: CapturedDataset): Replay {
  const byKey = new Map(data.answers.map((a) => [`${a.service} ${a.method} ${a.path}`, a]));
  const misses: string[] = [];
  const lookup = (method: string, service: string, path: string, projectId?: string) =>
    byKey.get(keyOf(method, service, path, projectId)) ??
      // HEAD is answered like the GET, without the body
      (method === "HEAD" ? byKey.get(keyOf("GET", service, path, projectId)) : undefined);
  return {
    misses,
    has: (method, service, path, projectId) =>
      lookup(method, service, path, projectId) !== undefined,
    answer(req, service, path, opts) {
      const a = lookup(req.method, service, path, opts.projectId);
      if (!a) {
        const what = `${req.method} /${service}${path}`;
        misses.push(what);
        return new Response(
          JSON.stringify({
            error: {
              code: 404,
              message: `the fake cloud has no captured answer for ${what} ` +
                "(run scripts/capture_demo.ts against the test cloud)",
            },
          }),
          { status: 404, headers: { "content-type": "application/json" } },
        );
      }
      const fill = (t: string) =>
        t.replace(/\{root:([a-z-]+)\}/g, (_, s: string) => opts.root(s))
          .replaceAll("{project_id}", opts.projectId ?? "");
      const headers = new Headers();
      for (const [k, v] of Object.entries(a.headers)) headers.set(k, fill(v));
      const body = req.method === "HEAD" || a.status === 204 || a.status === 304
        ? null
        : fill(a.body);
      return new Response(body, { status: a.status, headers });
    },
  };
}

/** The captured dataset shipped with the tests (empty when none was captured yet). */
export async function capturedDemo(): Promise<CapturedDataset> {
  const url = new URL("./captured/demo.json", import.meta.url);
  try {
    return JSON.parse(await Deno.readTextFile(url));
  } catch (e) {
    if (e instanceof Deno.errors.NotFound) {
      return { note: "none captured", cloud: "", services: [], answers: [] };
    }
    throw e;
  }
}

// ---- which commands read, and what to give them --------------------------------------------

export interface ReadCommands {
  /** `… list` commands (and list-shaped shows: versions show) that need no argument. */
  lists: string[];
  /** `… show` commands (and show-shaped lists: module list) that need no argument. */
  bare: string[];
  /** `… show` commands and `… list` commands that need one argument. */
  shows: string[];
  defs: Map<string, CommandDef>;
}

function required(def: CommandDef): number {
  return (def.positionals ?? []).filter((p) => (p.arity ?? "one") === "one" || p.arity === "many")
    .length;
}

/** The registry's read commands (`list` and `show`), by whether they need an argument. */
export async function readCommands(registry: readonly RegistryEntry[]): Promise<ReadCommands> {
  const lists: string[] = [];
  const shows: string[] = [];
  const bare: string[] = [];
  const defs = new Map<string, CommandDef>();
  for (const e of registry) {
    const verb = e.id.split(" ").at(-1);
    if (verb !== "list" && verb !== "show") continue;
    const def = (await e.load()).default;
    defs.set(e.id, def);
    const n = required(def);
    if (n > 0) shows.push(e.id);
    // by output shape: versions show prints a list, module list a show
    else if (def.output === "list" || (verb === "list" && def.output !== "show")) lists.push(e.id);
    else bare.push(e.id);
  }
  return { lists, bare, shows, defs };
}

/**
 * Where a command needing one argument takes it from: `network show` from `network list`,
 * `server event list` from `server list`.
 */
export function argumentSource(id: string, lists: readonly string[]): string | undefined {
  const words = id.split(" ");
  const noun = words.at(-1) === "show" ? words.slice(0, -1) : words.slice(0, -2);
  const source = [...noun, "list"].join(" ");
  return lists.includes(source) && source !== id ? source : undefined;
}

/** The first row's ID (or Name) of a list command's `-f json` output. */
export function firstKey(json: string): string | undefined {
  let rows: unknown;
  try {
    rows = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!Array.isArray(rows) || rows.length === 0) return undefined;
  const row = rows[0] as Record<string, unknown>;
  const v = row.ID ?? row.Name ?? row.id ?? row.name;
  return v === undefined || v === null ? undefined : String(v);
}

/** The first row's Name of a list command's `-f json` output (for shows by name). */
export function firstName(json: string): string | undefined {
  try {
    const rows = JSON.parse(json);
    const v = Array.isArray(rows) && rows.length ? rows[0].Name : undefined;
    return typeof v === "string" && v !== "" ? v : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Commands whose arguments come from more than one list: each list runs with the arguments
 * found so far (object show <container> <object>: the first container, then its first object).
 */
const ARGUMENTS_FROM: Record<string, string[]> = {
  "object list": ["container list"],
  "object show": ["container list", "object list"],
};

/** The arguments for a command that needs some: the first row of its list(s), or undefined. */
export async function showArgument(
  id: string,
  commands: ReadCommands,
  runArgv: (argv: string[]) => Promise<{ code: number; stdout: string }>,
): Promise<string[] | undefined> {
  const single = argumentSource(id, commands.lists);
  const sources = ARGUMENTS_FROM[id] ?? (single ? [single] : []);
  if (!sources.length) return undefined;
  const args: string[] = [];
  for (const source of sources) {
    const r = await runArgv([...source.split(" "), ...args, "-f", "json"]);
    const key = r.code === 0 ? firstKey(r.stdout) : undefined;
    if (key === undefined) return undefined;
    args.push(key);
  }
  return args;
}
