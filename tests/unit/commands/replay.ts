/**
 * Replays recorded cloud exchanges (fixtures/*.json, see record.ts) through
 * run() in-process: a fetch that answers each request from the recording and
 * fails on anything unrecorded, and a check that every recorded exchange of
 * the scenario was used.
 */
import { run } from "../../../src/cli/run.ts";
import { registry } from "../../../src/registry.gen.ts";
import { fakeDeps } from "../../helpers/fake_deps.ts";

export const FIXTURE_TOKEN = "gAAAAAB-fixture-token";

export interface Exchange {
  method: string;
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface Fixture {
  argv: string[];
  cloud: string;
  exchanges: Exchange[];
  python: { code: number; stdout: string; stderr: string };
}

/** Keystone's token and the compute version document: shared by a cloud's scenarios. */
export function isAuthExchange(e: Pick<Exchange, "method" | "url">): boolean {
  return (e.method === "POST" && e.url.endsWith("/auth/tokens")) ||
    (e.method === "GET" && /\/v2\.1\/?$/.test(e.url));
}

const DIR = new URL("./fixtures/", import.meta.url);

export function loadFixture(name: string): Fixture {
  return JSON.parse(Deno.readTextFileSync(new URL(`${name}.json`, DIR)));
}

export function loadAuth(cloud: string): Exchange[] {
  return JSON.parse(Deno.readTextFileSync(new URL(`auth_${cloud}.json`, DIR)));
}

/** The clouds.yaml the fixtures were recorded with (the test cloud's). */
export const CLOUDS_YAML = `clouds:
  admin:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      password: admin
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    identity_api_version: 3
    interface: public
  demo:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: demo
      password: demo
      project_name: demo
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    identity_api_version: 3
    interface: public
  admin-system:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      password: admin
      user_domain_name: Default
      system_scope: all
    region_name: RegionOne
    identity_api_version: 3
    interface: public
`;

export interface Replayed {
  code: number;
  stdout: string;
  stderr: string;
  /** method + URL of every request, in the order sent. */
  requests: string[];
  /** The headers of each request, by method + URL (the last one sent). */
  headers: Map<string, Headers>;
  /** Recorded scenario exchanges nobody asked for. */
  unused: string[];
  /** The JSON body of each request that had one, by method + URL (the last one sent). */
  bodies: Map<string, unknown>;
}

/** Runs argv against the exchanges; `exchanges` may be edited copies of a recording. */
export async function replay(
  argv: string[],
  cloud: string,
  exchanges: readonly Exchange[],
  extraEnv: Record<string, string> = {},
  more: {
    signal?: AbortSignal;
    sleep?: (ms: number) => Promise<void>;
    files?: Record<string, string>;
  } = {},
): Promise<Replayed> {
  const auth = loadAuth(cloud);
  const pending = [...exchanges];
  const requests: string[] = [];
  const sent = new Map<string, Headers>();
  const bodies = new Map<string, unknown>();
  const fake: typeof fetch = (input, init) => {
    const req = new Request(input, init);
    const key = `${req.method} ${req.url}`;
    requests.push(key);
    sent.set(key, req.headers);
    if (typeof init?.body === "string") bodies.set(key, JSON.parse(init.body));
    const i = pending.findIndex((e) => `${e.method} ${e.url}` === key);
    const e = i >= 0 ? pending.splice(i, 1)[0] : auth.find((x) => `${x.method} ${x.url}` === key);
    if (!e) return Promise.reject(new Error(`unrecorded request: ${key}`));
    const headers = new Headers(e.headers);
    return Promise.resolve(
      new Response(e.body === "" ? null : e.body, { status: e.status, headers }),
    );
  };
  const c = fakeDeps({
    env: {
      OS_CLIENT_CONFIG_FILE: "/clouds.yaml",
      OS_CLOUD: cloud,
      OS_TOKEN_CACHE: "0",
      ...extraEnv,
    },
    fetch: fake,
    signal: more.signal,
    sleep: more.sleep,
    files: { "/clouds.yaml": CLOUDS_YAML, ...more.files },
  });
  const code = await run(argv, c.deps, registry);
  return {
    code,
    stdout: c.stdout(),
    stderr: c.stderr(),
    requests,
    headers: sent,
    unused: pending.map((e) => `${e.method} ${e.url}`),
    bodies,
  };
}

/** Request ids differ between the recording and python's own run. */
export function normaliseIds(text: string): string {
  return text.replace(/req-[0-9a-f-]{36}/g, "req-<id>");
}

/** A recorded scenario's exchanges with one body changed (a synthetic variant of real data). */
export function withBody(
  exchanges: readonly Exchange[],
  url: string,
  edit: (body: Record<string, unknown>) => unknown,
): Exchange[] {
  let hit = false;
  const out = exchanges.map((e) => {
    if (e.url !== url) return e;
    hit = true;
    return { ...e, body: JSON.stringify(edit(JSON.parse(e.body))) };
  });
  if (!hit) throw new Error(`no recorded exchange for ${url}`);
  return out;
}

/** A JSON answer to add to a scenario. */
export function jsonExchange(url: string, body: unknown, status = 200, method = "GET"): Exchange {
  return {
    method,
    url,
    status,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  };
}
