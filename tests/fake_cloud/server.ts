/**
 * A fake OpenStack cloud (Keystone v3, Nova v2.1, Glance v2; the rest replayed from
 * captured answers, replay.ts) on one loopback port, answering with the shapes
 * recorded from a real Zed cloud (tests/fixtures/*.json, see scripts/record_fixtures.ts).
 *
 *   const cloud = await startFakeCloud({ dataset: goldenDataset() });
 *   // cloud.authUrl == http://127.0.0.1:PORT/identity/v3
 *   ...
 *   await cloud.close();
 *
 * Endpoints (first region; region N>1 lives under <base>/regions/<name>/...):
 *   identity <base>/identity/v3, compute <base>/compute/v2.1, image <base>/image,
 *   volumev3 + block-storage <base>/volume/v3/<project_id>, network <base>/network
 */
import { createHash } from "node:crypto";
import {
  defaultDataset,
  type FakeDataset,
  type FakeFlavor,
  type FakeImage,
  type FakeRole,
  type FakeServer,
  type FakeUser,
  hexId,
} from "./datasets.ts";
import { PyFloat, pyJson, PyRaw, pyUrlencode } from "./pyjson.ts";
import { type CapturedDataset, replay } from "./replay.ts";

import fxKeystoneRoot from "../fixtures/keystone_root.json" with { type: "json" };
import fxKeystoneV3 from "../fixtures/keystone_v3.json" with { type: "json" };
import fxKeystoneWrongPassword from "../fixtures/keystone_auth_wrong_password.json" with {
  type: "json",
};
import fxNovaRoot from "../fixtures/nova_root.json" with { type: "json" };
import fxNovaV21 from "../fixtures/nova_v2.1.json" with { type: "json" };
import fxNovaDetailMax from "../fixtures/nova_servers_detail_max.json" with { type: "json" };
import fxNovaDetailMaxMember from "../fixtures/nova_servers_detail_max_member.json" with {
  type: "json",
};
import fxNovaShowMax from "../fixtures/nova_server_show_max.json" with { type: "json" };
import fxNovaFlavorsMax from "../fixtures/nova_flavors_detail_max.json" with { type: "json" };
import fxNovaNoToken from "../fixtures/nova_no_token.json" with { type: "json" };
import fxGlanceRoot from "../fixtures/glance_root.json" with { type: "json" };
import fxGlanceImageShow from "../fixtures/glance_image_show.json" with { type: "json" };
import fxGlanceNotFound from "../fixtures/glance_image_not_found.json" with { type: "json" };
import fxGlanceNotFoundHtml from "../fixtures/glance_image_not_found_html.json" with {
  type: "json",
};
import fxGlanceNoToken from "../fixtures/glance_no_token.json" with { type: "json" };

// ---- public API -------------------------------------------------------------------------

export interface FakeCloudOptions {
  /** Default 127.0.0.1. */
  hostname?: string;
  /** Host name put into URLs (catalog, links); default `hostname`. Use "localhost" with a localhost cert. */
  publicHost?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** PEM strings; serves HTTPS when given. */
  tls?: { cert: string; key: string };
  /** Default: defaultDataset() (the seeded real cloud). The fake mutates nothing in it. */
  dataset?: FakeDataset;
  /** Catalog regions, default ["RegionOne"]. */
  regions?: string[];
  /** Nova's [api] max_limit: page size when no limit is given, and the cap. Default 1000. */
  maxLimit?: number;
  /** Glance's limit_param_default (25) and api_limit_max (1000). */
  imageDefaultLimit?: number;
  imageMaxLimit?: number;
  /** Highest compute microversion; default the recorded one (2.93, Zed). */
  computeMaxVersion?: string;
  /** Token lifetime, default 3600 s. */
  tokenTtlSeconds?: number;
  /** Clock for token timestamps, default Date.now. */
  now?: () => number;
  /**
   * Request ids (x-openstack-request-id) from a counter instead of random
   * (req-00000000-0000-4000-8000-000000000001, ...), for byte-stable goldens.
   */
  deterministicIds?: boolean;
  /** Delay every response by this many ms (latency tests). */
  latencyMs?: number;
  /**
   * Runs before the routing; return a Response to answer the request yourself
   * (inject failures), or undefined to let the fake answer. The request is
   * already in `requests`.
   */
  intercept?: (req: Request, info: { path: string; region: string }) =>
    | Response
    | undefined
    | Promise<Response | undefined>;
  /**
   * Fault injection (see faults.ts): `before` may answer a request itself (like
   * `intercept`, after it); `after` may replace the fake's own answer (truncate
   * it, reset the connection mid-body, mutate the JSON); `close` releases
   * requests held open (a server that never answers).
   */
  faults?: FaultHooks;
  /** Makes the token ids the fake issues (default: random Fernet-like strings). */
  tokenFactory?: () => string;
  /**
   * Answers captured from the real cloud (replay.ts), served for every path the fake does not
   * simulate; with it the catalog also lists placement and object-store.
   */
  captured?: CapturedDataset;
  /**
   * List object-store in the catalog without `captured` too (its paths then answer 404): the
   * reliability suites' commands reach Swift through it.
   */
  objectStore?: boolean;
}

export interface FaultInfo {
  path: string;
  region: string;
  method: string;
  /** Path + query as sent (with the region prefix). */
  fullPath: string;
}

export interface FaultHooks {
  before?(req: Request, info: FaultInfo): Response | undefined | Promise<Response | undefined>;
  after?(res: Response, req: Request, info: FaultInfo): Response | Promise<Response>;
  close?(): void;
}

export interface RecordedRequest {
  method: string;
  /** Path and query as sent, e.g. /compute/v2.1/servers/detail?limit=2 */
  path: string;
  /** identity | compute | image | volume | network | other */
  service: string;
  region: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body?: string;
}

export interface FakeCloud {
  /** http(s)://127.0.0.1:PORT (no trailing slash). */
  readonly url: string;
  /** <url>/identity/v3 */
  readonly authUrl: string;
  readonly port: number;
  readonly dataset: FakeDataset;
  /** Every request, in arrival order. */
  readonly requests: RecordedRequest[];
  clearRequests(): void;
  /**
   * Answers a request in process, without a socket (same routing, faults and
   * request log): for fast in-process tests (`run()` with fake deps).
   */
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
  /** Every token id the fake has issued (secrets, for leak checks). */
  issuedTokens(): string[];
  /** Issues a project-scoped token directly (no HTTP), for tests that skip auth. */
  issueToken(userName?: string, projectName?: string): string;
  /** Forget a token (as if revoked or expired). */
  revokeToken(token: string): void;
  /** Requests that found no captured answer ("GET /network/v2.0/routers"), with `captured`. */
  replayMisses(): string[];
  /** A clouds.yaml document with one cloud per user (password auth) named by user name. */
  cloudsYaml(opts?: { cacert?: string; names?: Record<string, string> }): string;
  close(): Promise<void>;
}

// ---- helpers ----------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isoMicro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, ".000000Z");
}

function parseVersion(v: string): number | undefined {
  const m = /^([1-9]\d*)\.(0|[1-9]\d*)$/.exec(v);
  return m ? Number(m[1]) * 1000 + Number(m[2]) : undefined;
}

function fmtVersion(n: number): string {
  return `${Math.floor(n / 1000)}.${n % 1000}`;
}

/** Deep-copies `v`, replacing every string prefix `from` with `to`. */
function rebase<T>(v: T, from: string, to: string): T {
  if (typeof v === "string") return (v.startsWith(from) ? to + v.slice(from.length) : v) as T;
  if (Array.isArray(v)) return v.map((x) => rebase(x, from, to)) as T;
  if (v && typeof v === "object") {
    const o: Json = {};
    for (const [k, x] of Object.entries(v)) o[k] = rebase(x, from, to);
    return o as T;
  }
  return v;
}

function originOf(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

const TRUE_STRINGS = new Set(["1", "t", "true", "on", "y", "yes"]);
const FALSE_STRINGS = new Set(["0", "f", "false", "off", "n", "no"]);

function boolFromString(s: string): boolean | undefined {
  const l = s.trim().toLowerCase();
  if (TRUE_STRINGS.has(l)) return true;
  if (FALSE_STRINGS.has(l)) return false;
  return undefined;
}

// The recorded services' origins, to rebase fixture URLs onto the fake.
const KS_ORIGIN = originOf(
  (fxKeystoneRoot.response.body.versions.values[0].links[0] as { href: string }).href,
);
const NOVA_ORIGIN = originOf(fxNovaRoot.response.body.versions[0].links[0].href);
const GLANCE_ORIGIN = originOf(fxGlanceRoot.response.body.versions[0].links[0].href);

// Key orders of the recorded server views (Nova builds them in a fixed order).
const DETAIL_ADMIN_KEYS = Object.keys(fxNovaDetailMax.response.body.servers[0]);
const DETAIL_MEMBER_KEYS = Object.keys(fxNovaDetailMaxMember.response.body.servers[0]);
const SHOW_ADMIN_KEYS = Object.keys(fxNovaShowMax.response.body.server);
const SHOW_MEMBER_KEYS = (() => {
  const keys = SHOW_ADMIN_KEYS.filter((k) =>
    !k.startsWith("OS-EXT-SRV-ATTR:") && k !== "host_status"
  );
  keys.splice(keys.indexOf("trusted_image_certificates") + 1, 0, "OS-EXT-SRV-ATTR:hostname");
  return keys;
})();
const FLAVOR_KEYS = Object.keys(fxNovaFlavorsMax.response.body.flavors[0]);
const EMBEDDED_FLAVOR_KEYS = Object.keys(fxNovaDetailMax.response.body.servers[0].flavor);
const IMAGE_CORE_KEYS = Object.keys(fxGlanceImageShow.response.body).filter((k) =>
  !k.startsWith("owner_specified.")
);
const RECORDED_MAX_VERSION = fxNovaV21.response.body.version.version;

const V = (s: string) => parseVersion(s)!;
/** Minimum microversion of the keys that are not in 2.1; admin-only keys. */
const SERVER_KEY_MIN: Record<string, number> = {
  "OS-EXT-SRV-ATTR:reservation_id": V("2.3"),
  "OS-EXT-SRV-ATTR:launch_index": V("2.3"),
  "OS-EXT-SRV-ATTR:hostname": V("2.3"),
  "OS-EXT-SRV-ATTR:kernel_id": V("2.3"),
  "OS-EXT-SRV-ATTR:ramdisk_id": V("2.3"),
  "OS-EXT-SRV-ATTR:root_device_name": V("2.3"),
  "OS-EXT-SRV-ATTR:user_data": V("2.3"),
  locked: V("2.9"),
  host_status: V("2.16"),
  description: V("2.19"),
  tags: V("2.26"),
  trusted_image_certificates: V("2.63"),
  server_groups: V("2.71"),
  locked_reason: V("2.73"),
};
const MEMBER_HOSTNAME_MIN = V("2.90");
const PROGRESS_STATUSES = new Set([
  "ACTIVE",
  "BUILD",
  "REBUILD",
  "RESIZE",
  "VERIFY_RESIZE",
  "MIGRATING",
]);
const FAULT_STATUSES = new Set(["ERROR", "DELETED"]);

interface TokenInfo {
  user: FakeUser;
  projectId?: string;
  domainId?: string;
  system?: boolean;
  roles: FakeRole[];
  methods: string[];
  expiresAt: number;
  issuedAt: number;
  auditId: string;
  appCred?: { id: string; name: string; restricted: boolean };
}

function randomToken(): string {
  const b = new Uint8Array(130);
  crypto.getRandomValues(b);
  let s = btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
  s = "gAAAAAB" + s;
  return s.slice(0, 183);
}

function randomAuditId(): string {
  const b = new Uint8Array(16);
  crypto.getRandomValues(b);
  return btoa(String.fromCharCode(...b)).replace(/\+/g, "-").replace(/\//g, "_").replace(
    /=+$/,
    "",
  );
}

// ---- the server ---------------------------------------------------------------------------

export async function startFakeCloud(opts: FakeCloudOptions = {}): Promise<FakeCloud> {
  const ds = opts.dataset ?? defaultDataset();
  const regions = opts.regions?.length ? opts.regions : ["RegionOne"];
  const maxLimit = opts.maxLimit ?? 1000;
  const imageDefaultLimit = opts.imageDefaultLimit ?? 25;
  const imageMaxLimit = opts.imageMaxLimit ?? 1000;
  const maxVersion = V(opts.computeMaxVersion ?? RECORDED_MAX_VERSION);
  const minVersion = V("2.1");
  const ttl = (opts.tokenTtlSeconds ?? 3600) * 1000;
  const now = opts.now ?? Date.now;
  const hostname = opts.hostname ?? "127.0.0.1";
  const publicHost = opts.publicHost ?? hostname;
  const scheme = opts.tls ? "https" : "http";

  let idCounter = 0;
  const reqId = () =>
    opts.deterministicIds
      ? `req-00000000-0000-4000-8000-${(++idCounter).toString(16).padStart(12, "0")}`
      : `req-${crypto.randomUUID()}`;
  const tokens = new Map<string, TokenInfo>();
  const issued: string[] = [];
  const requests: RecordedRequest[] = [];

  // Indexes.
  const domainsById = new Map(ds.domains.map((d) => [d.id, d]));
  const flavorsById = new Map(ds.flavors.map((f) => [f.id, f]));
  const imagesById = new Map(ds.images.map((i) => [i.id, i]));
  // Servers in Nova's default order: created_at desc, id desc.
  const cmpServer = (a: FakeServer, b: FakeServer) =>
    a.created < b.created ? 1 : a.created > b.created ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
  const sortedServers = [...ds.servers].sort(cmpServer);
  const sortedRank = new Map(sortedServers.map((s, i) => [s, i]));
  const serversById = new Map(ds.servers.map((s) => [s.id, s]));
  const renderedServers = new Map<string, Map<FakeServer, PyRaw>>();
  const cmpImage = (a: FakeImage, b: FakeImage) =>
    a.created_at < b.created_at
      ? 1
      : a.created_at > b.created_at
      ? -1
      : a.id < b.id
      ? 1
      : a.id > b.id
      ? -1
      : 0;
  const sortedImages = [...ds.images].sort(cmpImage);
  const hostIds = new Map<string, string>();
  const hostId = (projectId: string, host: string | null): string => {
    if (!host) return "";
    const k = `${projectId}${host}`;
    let h = hostIds.get(k);
    if (!h) {
      h = createHash("sha224").update(k).digest("hex");
      hostIds.set(k, h);
    }
    return h;
  };

  let base = ""; // set after listen
  const regionBase = (r: string) =>
    r === regions[0] ? base : `${base}/regions/${encodeURIComponent(r)}`;

  // ---- Keystone ------------------------------------------------------------------------

  function rolesFor(
    userId: string,
    target: { project?: string; domain?: string; system?: boolean },
  ) {
    const ids = new Set(
      ds.assignments.filter((a) =>
        a.user_id === userId &&
        (target.project ? a.project_id === target.project : true) &&
        (target.domain ? a.domain_id === target.domain && !a.project_id : true) &&
        (target.system ? a.system === true : !a.system)
      ).map((a) => a.role_id),
    );
    return ds.roles.filter((r) => ids.has(r.id));
  }

  function catalog(projectId?: string): unknown[] {
    const services: [string, string, (r: string) => string][] = [
      ["identity", "keystone", (r) => `${regionBase(r)}/identity/v3`],
      ["compute", "nova", (r) => `${regionBase(r)}/compute/v2.1`],
      ["image", "glance", (r) => `${regionBase(r)}/image`],
      ["network", "neutron", (r) => `${regionBase(r)}/network`],
      ["volumev3", "cinderv3", (r) => `${regionBase(r)}/volume/v3/${projectId ?? ""}`],
      ["block-storage", "cinder", (r) => `${regionBase(r)}/volume/v3/${projectId ?? ""}`],
    ];
    if (opts.captured) {
      services.push(["placement", "placement", (r) => `${regionBase(r)}/placement`]);
    }
    if (opts.captured || opts.objectStore) {
      services.push([
        "object-store",
        "swift",
        (r) => `${regionBase(r)}/object-store/v1/AUTH_${projectId ?? ""}`,
      ]);
    }
    return services.map(([type, name, url]) => ({
      endpoints: regions.flatMap((r) =>
        ["public", "internal", "admin"].map((iface) => ({
          id: hexId(`endpoint:${type}:${r}:${iface}`),
          interface: iface,
          region_id: r,
          url: url(r),
          region: r,
        }))
      ),
      id: hexId(`service:${type}`),
      type,
      name,
    }));
  }

  function tokenBody(t: TokenInfo): Json {
    const d = domainsById.get(t.user.domain_id);
    const tok: Json = {
      methods: t.methods,
      user: {
        domain: { id: t.user.domain_id, name: d?.name ?? t.user.domain_id },
        id: t.user.id,
        name: t.user.name,
        password_expires_at: null,
      },
      audit_ids: [t.auditId],
      expires_at: isoMicro(t.expiresAt),
      issued_at: isoMicro(t.issuedAt),
    };
    const roles = t.roles.map((r) => ({ id: r.id, name: r.name }));
    if (t.projectId) {
      const p = ds.projects.find((p) => p.id === t.projectId)!;
      const pd = domainsById.get(p.domain_id);
      tok.project = {
        domain: { id: p.domain_id, name: pd?.name ?? p.domain_id },
        id: p.id,
        name: p.name,
      };
      tok.is_domain = false;
      tok.roles = roles;
      tok.catalog = catalog(p.id);
    } else if (t.domainId) {
      const dd = domainsById.get(t.domainId)!;
      tok.domain = { id: dd.id, name: dd.name };
      tok.roles = roles;
      tok.catalog = catalog();
    } else if (t.system) {
      tok.roles = roles;
      tok.system = { all: true };
      tok.catalog = catalog();
    }
    if (t.appCred) tok.application_credential = t.appCred;
    return { token: tok };
  }

  function keystoneHeaders(extra: Record<string, string> = {}): Headers {
    return new Headers({
      "content-type": "application/json",
      vary: "X-Auth-Token",
      "x-openstack-request-id": reqId(),
      ...extra,
    });
  }

  function keystoneError(code: number, title: string, message: string): Response {
    const h = keystoneHeaders();
    if (code === 401) h.set("www-authenticate", `Keystone uri="${base}/identity/v3"`);
    return new Response(pyJson({ error: { code, message, title } }, true), {
      status: code,
      headers: h,
    });
  }

  function unauthorized(): Response {
    const body = fxKeystoneWrongPassword.response.body;
    return keystoneError(body.error.code, body.error.title, body.error.message);
  }

  function findDomain(ref: unknown): string | undefined {
    if (!ref || typeof ref !== "object") return undefined;
    const r = ref as { id?: string; name?: string };
    if (r.id) return domainsById.has(r.id) ? r.id : undefined;
    if (r.name) return ds.domains.find((d) => d.name === r.name)?.id;
    return undefined;
  }

  function findUser(ref: unknown): FakeUser | undefined {
    if (!ref || typeof ref !== "object") return undefined;
    const r = ref as { id?: string; name?: string; domain?: unknown };
    if (r.id) return ds.users.find((u) => u.id === r.id);
    if (r.name) {
      const dom = findDomain(r.domain);
      return ds.users.find((u) => u.name === r.name && u.domain_id === dom);
    }
    return undefined;
  }

  function newToken(info: Omit<TokenInfo, "expiresAt" | "issuedAt" | "auditId">): string {
    const t = now();
    const id = opts.tokenFactory ? opts.tokenFactory() : randomToken();
    issued.push(id);
    tokens.set(id, { ...info, issuedAt: t, expiresAt: t + ttl, auditId: randomAuditId() });
    return id;
  }

  function validToken(req: Request): TokenInfo | undefined {
    const id = req.headers.get("x-auth-token");
    if (!id) return undefined;
    const t = tokens.get(id);
    if (!t || t.expiresAt <= now()) return undefined;
    return t;
  }

  function handleAuthTokens(bodyText: string): Response {
    let body: {
      auth?: {
        identity?: {
          methods?: string[];
          password?: { user?: { password?: string } & Json };
          token?: { id?: string };
          application_credential?: { id?: string; name?: string; secret?: string; user?: unknown };
        };
        scope?: unknown;
      };
    };
    try {
      body = JSON.parse(bodyText);
    } catch {
      return keystoneError(
        400,
        "Bad Request",
        "The request you have made requires authentication.",
      );
    }
    const ident = body.auth?.identity;
    if (!ident || !Array.isArray(ident.methods) || ident.methods.length === 0) {
      return keystoneError(400, "Bad Request", "'identity' is a required property");
    }
    let user: FakeUser | undefined;
    let methods: string[] = [];
    let appCred: TokenInfo["appCred"];
    let forcedProject: string | undefined;
    let forcedRoles: FakeRole[] | undefined;
    const method = ident.methods[0];
    if (method === "password") {
      const u = findUser(ident.password?.user);
      if (!u || u.enabled === false || u.password !== ident.password?.user?.password) {
        return unauthorized();
      }
      user = u;
      methods = ["password"];
    } else if (method === "token") {
      const old = ident.token?.id ? tokens.get(ident.token.id) : undefined;
      if (!old || old.expiresAt <= now()) return unauthorized();
      if (old.appCred) return unauthorized();
      user = old.user;
      methods = [...new Set([...old.methods, "token"])];
    } else if (method === "application_credential") {
      const a = ident.application_credential ?? {};
      let ac = undefined;
      if (a.id) ac = ds.application_credentials.find((c) => c.id === a.id);
      else if (a.name) {
        const u = findUser(a.user);
        ac = u && ds.application_credentials.find((c) => c.name === a.name && c.user_id === u.id);
      }
      if (!ac || ac.secret !== a.secret) return unauthorized();
      user = ds.users.find((u) => u.id === ac.user_id);
      if (!user) return unauthorized();
      methods = ["application_credential"];
      appCred = { id: ac.id, name: ac.name, restricted: !ac.unrestricted };
      forcedProject = ac.project_id;
      const all = rolesFor(user.id, { project: ac.project_id });
      forcedRoles = ac.role_ids ? all.filter((r) => ac.role_ids!.includes(r.id)) : all;
    } else {
      return unauthorized();
    }

    const scope = body.auth?.scope as
      | {
        project?: { id?: string; name?: string; domain?: unknown };
        domain?: unknown;
        system?: { all?: boolean };
      }
      | undefined;
    const info: Omit<TokenInfo, "expiresAt" | "issuedAt" | "auditId"> = {
      user,
      roles: [],
      methods,
      appCred,
    };
    if (forcedProject) {
      if (scope && scope.project?.id && scope.project.id !== forcedProject) return unauthorized();
      info.projectId = forcedProject;
      info.roles = forcedRoles ?? [];
      if (info.roles.length === 0) return unauthorized();
    } else if (scope?.project) {
      const p = scope.project.id
        ? ds.projects.find((p) => p.id === scope.project!.id)
        : ds.projects.find((p) =>
          p.name === scope.project!.name && p.domain_id === findDomain(scope.project!.domain)
        );
      if (!p || p.enabled === false) return unauthorized();
      info.projectId = p.id;
      info.roles = rolesFor(user.id, { project: p.id });
      if (info.roles.length === 0) return unauthorized();
    } else if (scope?.domain) {
      const d = findDomain(scope.domain);
      if (!d) return unauthorized();
      info.domainId = d;
      info.roles = rolesFor(user.id, { domain: d });
      if (info.roles.length === 0) return unauthorized();
    } else if (scope?.system) {
      if (!scope.system.all) return keystoneError(400, "Bad Request", "Invalid system scope");
      info.system = true;
      info.roles = rolesFor(user.id, { system: true });
      if (info.roles.length === 0) return unauthorized();
    } else if (user.default_project_id) {
      const roles = rolesFor(user.id, { project: user.default_project_id });
      if (roles.length) {
        info.projectId = user.default_project_id;
        info.roles = roles;
      }
    }
    const id = newToken(info);
    return new Response(pyJson(tokenBody(tokens.get(id)!)), {
      status: 201,
      headers: keystoneHeaders({ "x-subject-token": id }),
    });
  }

  function identity(req: Request, rest: string, bodyText: string): Response {
    const ksBase = `${base}/identity`;
    if (req.method === "GET" && (rest === "" || rest === "/")) {
      const fx = rebase(fxKeystoneRoot.response, KS_ORIGIN, ksBase);
      return new Response(pyJson(fx.body), {
        status: fx.status,
        headers: keystoneHeaders({ location: fx.headers.location }),
      });
    }
    if (req.method === "GET" && (rest === "/v3" || rest === "/v3/")) {
      const fx = rebase(fxKeystoneV3.response, KS_ORIGIN, ksBase);
      return new Response(pyJson(fx.body), { status: 200, headers: keystoneHeaders() });
    }
    if (rest === "/v3/auth/tokens") {
      if (req.method === "POST") return handleAuthTokens(bodyText);
      if (req.method === "GET" || req.method === "HEAD") {
        if (!validToken(req)) return unauthorized();
        const subj = tokens.get(req.headers.get("x-subject-token") ?? "");
        if (!subj || subj.expiresAt <= now()) {
          return keystoneError(
            404,
            "Not Found",
            "Could not find token: " + (req.headers.get("x-subject-token") ?? ""),
          );
        }
        return new Response(pyJson(tokenBody(subj)), {
          status: 200,
          headers: keystoneHeaders({ "x-subject-token": req.headers.get("x-subject-token")! }),
        });
      }
      if (req.method === "DELETE") {
        if (!validToken(req)) return unauthorized();
        tokens.delete(req.headers.get("x-subject-token") ?? "");
        return new Response(null, { status: 204, headers: keystoneHeaders() });
      }
    }
    if (!validToken(req)) return unauthorized();
    return keystoneError(404, "Not Found", "The resource could not be found.");
  }

  // ---- Nova ------------------------------------------------------------------------------

  const novaRoot = (r: string) => `${regionBase(r)}/compute`;

  function novaHeaders(version?: number, json = true): Headers {
    const id = reqId();
    const h = new Headers({
      "content-type": json ? "application/json" : "application/json; charset=UTF-8",
    });
    if (version !== undefined) {
      h.set("openstack-api-version", `compute ${fmtVersion(version)}`);
      h.set("x-openstack-nova-api-version", fmtVersion(version));
      h.set("vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version");
    }
    h.set("x-openstack-request-id", id);
    h.set("x-compute-request-id", id);
    return h;
  }

  function novaJson(body: unknown, version: number, status = 200): Response {
    return new Response(pyJson(body), { status, headers: novaHeaders(version, status < 400) });
  }

  function novaError(status: number, key: string, message: string, version?: number): Response {
    return new Response(pyJson({ [key]: { code: status, message } }), {
      status,
      headers: novaHeaders(version, false),
    });
  }

  function novaUnauthorized(): Response {
    const h = novaHeaders(undefined);
    h.set("www-authenticate", `Keystone uri="${base}/identity/v3"`);
    return new Response(pyJson(fxNovaNoToken.response.body), { status: 401, headers: h });
  }

  /** Microversion of the request, or an error Response. */
  function microversion(req: Request): number | Response {
    let raw: string | undefined;
    const oav = req.headers.get("openstack-api-version");
    if (oav) {
      for (const part of oav.split(",")) {
        const [svc, ver] = part.trim().split(/\s+/, 2);
        if (svc?.toLowerCase() === "compute" && ver) raw = ver;
      }
    }
    if (raw === undefined) raw = req.headers.get("x-openstack-nova-api-version") ?? undefined;
    if (raw === undefined) return minVersion;
    if (raw.toLowerCase() === "latest") return maxVersion;
    const v = parseVersion(raw.trim());
    if (v === undefined) {
      return novaError(
        400,
        "badRequest",
        `API Version String ${raw} is of invalid format. Must be of format MajorNum.MinorNum.`,
      );
    }
    if (v < minVersion || v > maxVersion) {
      const r = novaError(
        406,
        "computeFault",
        `Version ${raw} is not supported by the API. Minimum is ${
          fmtVersion(minVersion)
        } and maximum is ${fmtVersion(maxVersion)}.`,
      );
      r.headers.set("openstack-api-version", `compute ${raw}`);
      r.headers.set("x-openstack-nova-api-version", raw);
      r.headers.set("vary", "OpenStack-API-Version, X-OpenStack-Nova-API-Version");
      return r;
    }
    return v;
  }

  function renderServer(
    s: FakeServer,
    v: number,
    admin: boolean,
    region: string,
    show: boolean,
  ): Json {
    const root = novaRoot(region);
    const fl = flavorsById.get(s.flavor_id);
    const vals: Json = {
      id: s.id,
      name: s.name,
      status: s.status,
      tenant_id: s.project_id,
      user_id: s.user_id,
      metadata: s.metadata,
      hostId: hostId(s.project_id, s.host),
      image: s.image_id === "" ? "" : {
        id: s.image_id,
        links: [{ rel: "bookmark", href: `${root}/images/${s.image_id}` }],
      },
      flavor: v >= V("2.47")
        ? embeddedFlavor(fl, s.flavor_id)
        : { id: s.flavor_id, links: [{ rel: "bookmark", href: `${root}/flavors/${s.flavor_id}` }] },
      created: s.created,
      updated: s.updated,
      addresses: Object.fromEntries(
        Object.entries(s.addresses).map(([net, addrs]) => [
          net,
          addrs.map((a) => ({
            version: a.version,
            addr: a.addr,
            "OS-EXT-IPS:type": a.type,
            "OS-EXT-IPS-MAC:mac_addr": a.mac_addr,
          })),
        ]),
      ),
      accessIPv4: s.access_ipv4,
      accessIPv6: s.access_ipv6,
      links: [
        { rel: "self", href: `${root}/v2.1/servers/${s.id}` },
        { rel: "bookmark", href: `${root}/servers/${s.id}` },
      ],
      "OS-DCF:diskConfig": "MANUAL",
      progress: PROGRESS_STATUSES.has(s.status) ? s.progress : undefined,
      "OS-EXT-AZ:availability_zone": s.availability_zone,
      config_drive: s.config_drive,
      key_name: s.key_name,
      "OS-SRV-USG:launched_at": s.launched_at,
      "OS-SRV-USG:terminated_at": s.terminated_at,
      "OS-EXT-SRV-ATTR:host": s.host,
      "OS-EXT-SRV-ATTR:instance_name": s.instance_name,
      "OS-EXT-SRV-ATTR:hypervisor_hostname": s.hypervisor_hostname,
      "OS-EXT-SRV-ATTR:reservation_id": s.reservation_id,
      "OS-EXT-SRV-ATTR:launch_index": s.launch_index,
      "OS-EXT-SRV-ATTR:hostname": s.hostname,
      "OS-EXT-SRV-ATTR:kernel_id": "",
      "OS-EXT-SRV-ATTR:ramdisk_id": "",
      "OS-EXT-SRV-ATTR:root_device_name": s.root_device_name,
      "OS-EXT-SRV-ATTR:user_data": null,
      "OS-EXT-STS:task_state": s.task_state,
      "OS-EXT-STS:vm_state": s.vm_state,
      "OS-EXT-STS:power_state": s.power_state,
      "os-extended-volumes:volumes_attached": s.volumes_attached.map((a) =>
        v >= V("2.3") ? { id: a.id, delete_on_termination: a.delete_on_termination } : { id: a.id }
      ),
      locked: s.locked,
      locked_reason: s.locked_reason,
      description: s.description,
      tags: s.tags,
      trusted_image_certificates: null,
      host_status: s.host_status,
      security_groups: s.security_groups.length
        ? s.security_groups.map((name) => ({ name }))
        : undefined,
      server_groups: s.server_groups,
    };
    const keys = admin
      ? (show ? SHOW_ADMIN_KEYS : DETAIL_ADMIN_KEYS)
      : (show ? SHOW_MEMBER_KEYS : DETAIL_MEMBER_KEYS);
    const out: Json = {};
    for (const k of keys) {
      const min = !admin && k === "OS-EXT-SRV-ATTR:hostname"
        ? MEMBER_HOSTNAME_MIN
        : SERVER_KEY_MIN[k];
      if (min !== undefined && v < min) continue;
      if (vals[k] === undefined) continue;
      out[k] = vals[k];
      if (k === "OS-DCF:diskConfig" && s.fault && FAULT_STATUSES.has(s.status)) {
        const f: Json = { code: s.fault.code, created: s.fault.created, message: s.fault.message };
        if (s.fault.details && (admin || s.fault.code !== 500)) f.details = s.fault.details;
        out.fault = f;
      }
    }
    return out;
  }

  function embeddedFlavor(fl: FakeFlavor | undefined, id: string): Json {
    const vals: Json = {
      vcpus: fl?.vcpus ?? 0,
      ram: fl?.ram ?? 0,
      disk: fl?.disk ?? 0,
      ephemeral: fl?.ephemeral ?? 0,
      swap: fl?.swap ?? 0,
      original_name: fl?.name ?? `deleted-flavor-${id}`,
      extra_specs: fl?.extra_specs ?? {},
    };
    return Object.fromEntries(EMBEDDED_FLAVOR_KEYS.map((k) => [k, vals[k]]));
  }

  function renderFlavor(f: FakeFlavor, v: number, region: string, detail: boolean): Json {
    const root = novaRoot(region);
    const vals: Json = {
      id: f.id,
      name: f.name,
      ram: f.ram,
      disk: f.disk,
      swap: f.swap === 0 && v < V("2.75") ? "" : f.swap,
      "OS-FLV-EXT-DATA:ephemeral": f.ephemeral,
      "OS-FLV-DISABLED:disabled": f.disabled,
      vcpus: f.vcpus,
      "os-flavor-access:is_public": f.is_public,
      rxtx_factor: new PyFloat(f.rxtx_factor),
      links: [
        { rel: "self", href: `${root}/v2.1/flavors/${f.id}` },
        { rel: "bookmark", href: `${root}/flavors/${f.id}` },
      ],
      description: v >= V("2.55") ? f.description : undefined,
      extra_specs: v >= V("2.61") ? f.extra_specs : undefined,
    };
    const keys = detail ? FLAVOR_KEYS : ["id", "name", "links", "description"];
    const out: Json = {};
    for (const k of keys) if (vals[k] !== undefined) out[k] = vals[k];
    return out;
  }

  /** Nova's servers_links / flavors_links "next" URL. */
  function nextLink(region: string, collection: string, params: URLSearchParams, marker: string) {
    const pairs = [...params.entries()].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
    );
    const out: [string, string][] = [];
    let placed = false;
    for (const [k, val] of pairs) {
      if (k === "marker") {
        if (!placed) out.push(["marker", marker]);
        placed = true;
      } else out.push([k, val]);
    }
    if (!placed) out.push(["marker", marker]);
    return `${novaRoot(region)}/v2.1/${collection}?${pyUrlencode(out)}`;
  }

  function parseLimit(params: URLSearchParams, v: number): number | Response {
    const raw = params.get("limit");
    if (raw === null) return maxLimit;
    if (!/^[0-9]*$/.test(raw)) {
      return novaError(
        400,
        "badRequest",
        `Invalid input for query parameters limit. Value: ${raw}. '${raw}' does not match '^[0-9]*$'`,
        v,
      );
    }
    return raw === "" ? maxLimit : Math.min(Number(raw), maxLimit);
  }

  function listServers(
    tok: TokenInfo,
    params: URLSearchParams,
    v: number,
    region: string,
    detail: boolean,
  ): Response {
    const admin = tok.roles.some((r) => r.name === "admin");
    const get = (k: string) => params.get(k) ?? undefined;
    let allTenants = false;
    if (params.has("all_tenants")) {
      const b = boolFromString(params.get("all_tenants")!);
      if (b === undefined) {
        return novaError(
          400,
          "badRequest",
          `Invalid input for query parameters all_tenants. Value: ${params.get("all_tenants")}.`,
          v,
        );
      }
      allTenants = b;
      if (allTenants && !admin) {
        return novaError(
          403,
          "forbidden",
          `Policy doesn't allow os_compute_api:servers:${
            detail ? "detail" : "index"
          }:get_all_tenants to be performed.`,
          v,
        );
      }
    }
    const limit = parseLimit(params, v);
    if (limit instanceof Response) return limit;
    const changesSince = get("changes-since");
    const changesBefore = v >= V("2.66") ? get("changes-before") : undefined;
    for (const [k, val] of [["changes-since", changesSince], ["changes-before", changesBefore]]) {
      if (val !== undefined && Number.isNaN(Date.parse(val))) {
        return novaError(
          400,
          "badRequest",
          `Invalid input for query parameters ${k}. Value: ${val}. '${val}' is not a 'date-time'`,
          v,
        );
      }
    }
    let nameRe: RegExp | undefined;
    const name = get("name");
    if (name !== undefined) {
      try {
        nameRe = new RegExp(name, "u");
      } catch {
        nameRe = /(?!)/;
      }
    }
    const ipRe = (k: string) => {
      const x = get(k);
      if (x === undefined) return undefined;
      try {
        return new RegExp(x);
      } catch {
        return /(?!)/;
      }
    };
    const ip4 = ipRe("ip");
    const ip6 = ipRe("ip6");
    const statuses = params.getAll("status").map((s) => s.toUpperCase());
    const flavor = get("flavor");
    const image = get("image");
    const host = admin ? get("host") : undefined;
    const projectFilter = admin && allTenants ? (get("project_id") ?? get("tenant_id")) : undefined;
    const userId = get("user_id");
    const az = get("availability_zone");
    const keyName = get("key_name");
    let deleted: boolean | undefined;
    if (admin && params.has("deleted")) deleted = boolFromString(params.get("deleted")!) ?? false;
    const lockedParam = v >= V("2.73") ? get("locked") : undefined;
    const locked = lockedParam === undefined ? undefined : boolFromString(lockedParam);
    const sinceMs = changesSince !== undefined ? Date.parse(changesSince) : undefined;
    const beforeMs = changesBefore !== undefined ? Date.parse(changesBefore) : undefined;

    const visible = (s: FakeServer) => allTenants || s.project_id === tok.projectId;
    const matches = (s: FakeServer): boolean => {
      if (!visible(s)) return false;
      if (deleted === true) {
        if (!s.deleted) return false;
      } else if (s.deleted && sinceMs === undefined && beforeMs === undefined) return false;
      if (nameRe && !nameRe.test(s.name)) return false;
      if (statuses.length && !statuses.includes(s.status)) return false;
      if (flavor !== undefined && s.flavor_id !== flavor) return false;
      if (image !== undefined && s.image_id !== image) return false;
      if (host !== undefined && s.host !== host) return false;
      if (projectFilter !== undefined && s.project_id !== projectFilter) return false;
      if (userId !== undefined && s.user_id !== userId) return false;
      if (az !== undefined && s.availability_zone !== az) return false;
      if (keyName !== undefined && s.key_name !== keyName) return false;
      if (locked !== undefined && s.locked !== locked) return false;
      if (sinceMs !== undefined && Date.parse(s.updated) < sinceMs) return false;
      if (beforeMs !== undefined && Date.parse(s.updated) > beforeMs) return false;
      const addrs = Object.values(s.addresses).flat();
      if (ip4 && !addrs.some((a) => a.version === 4 && ip4.test(a.addr))) return false;
      if (ip6 && !addrs.some((a) => a.version === 6 && ip6.test(a.addr))) return false;
      return true;
    };

    let start = 0;
    const markerId = get("marker");
    let list = sortedServers;
    const sortKey = get("sort_key");
    if (sortKey) {
      const dir = (get("sort_dir") ?? "desc") === "asc" ? 1 : -1;
      const field: Record<string, (s: FakeServer) => string> = {
        display_name: (s) => s.name,
        created_at: (s) => s.created,
        updated_at: (s) => s.updated,
        uuid: (s) => s.id,
        host: (s) => s.host ?? "",
        vm_state: (s) => s.vm_state,
        task_state: (s) => s.task_state ?? "",
        availability_zone: (s) => s.availability_zone,
        key_name: (s) => s.key_name ?? "",
      };
      const f = field[sortKey];
      if (f) {
        list = [...sortedServers].sort((a, b) => {
          const x = f(a), y = f(b);
          return x < y ? -dir : x > y ? dir : cmpServer(a, b);
        });
      }
    }
    const filtered = list.filter(matches);
    if (markerId !== undefined) {
      const m = serversById.get(markerId);
      if (!m || !(admin || m.project_id === tok.projectId)) {
        return novaError(400, "badRequest", `marker [${markerId}] not found`, v);
      }
      const rank = list === sortedServers ? sortedRank : new Map(list.map((s, i) => [s, i]));
      const idx = rank.get(m)!;
      // Everything strictly after the marker in the sort order.
      start = filtered.findIndex((s) => rank.get(s)! > idx);
      if (start < 0) start = filtered.length;
    }
    const page = filtered.slice(start, start + limit);
    // servers never change once the cloud starts: each is rendered once per view
    const view = `${v}|${admin}|${region}`;
    let rendered = renderedServers.get(view);
    if (!rendered) renderedServers.set(view, rendered = new Map());
    const servers = page.map((s) =>
      detail
        ? rendered.get(s) ??
          rendered.set(s, new PyRaw(pyJson(renderServer(s, v, admin, region, false)))).get(s)
        : {
          id: s.id,
          name: s.name,
          links: [
            { rel: "self", href: `${novaRoot(region)}/v2.1/servers/${s.id}` },
            { rel: "bookmark", href: `${novaRoot(region)}/servers/${s.id}` },
          ],
        }
    );
    const body: Json = { servers };
    if (page.length > 0 && page.length === limit) {
      body.servers_links = [{
        rel: "next",
        href: nextLink(
          region,
          detail ? "servers/detail" : "servers",
          params,
          page[page.length - 1].id,
        ),
      }];
    }
    return novaJson(body, v);
  }

  function listFlavors(
    tok: TokenInfo,
    params: URLSearchParams,
    v: number,
    region: string,
    detail: boolean,
  ): Response {
    const admin = tok.roles.some((r) => r.name === "admin");
    const limit = parseLimit(params, v);
    if (limit instanceof Response) return limit;
    const isPublicRaw = params.get("is_public");
    let isPublic: boolean | undefined = true;
    if (admin && isPublicRaw !== null) {
      isPublic = isPublicRaw.toLowerCase() === "none" ? undefined : boolFromString(isPublicRaw);
    }
    const minRam = params.get("minRam");
    const minDisk = params.get("minDisk");
    const all = [...ds.flavors].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    let list = all.filter((f) =>
      (isPublic === undefined || f.is_public === isPublic) &&
      (minRam === null || f.ram >= Number(minRam)) &&
      (minDisk === null || f.disk >= Number(minDisk))
    );
    const marker = params.get("marker");
    if (marker !== null) {
      const idx = all.findIndex((f) => f.id === marker);
      if (idx < 0) return novaError(400, "badRequest", `marker [${marker}] not found`, v);
      list = list.filter((f) => all.indexOf(f) > idx);
    }
    const page = list.slice(0, limit);
    const body: Json = { flavors: page.map((f) => renderFlavor(f, v, region, detail)) };
    if (page.length > 0 && page.length === limit) {
      body.flavors_links = [{
        rel: "next",
        href: nextLink(
          region,
          detail ? "flavors/detail" : "flavors",
          params,
          page[page.length - 1].id,
        ),
      }];
    }
    return novaJson(body, v);
  }

  function compute(req: Request, rest: string, params: URLSearchParams, region: string): Response {
    const root = novaRoot(region);
    if (req.method === "GET" && (rest === "" || rest === "/")) {
      const fx = rebase(fxNovaRoot.response.body, NOVA_ORIGIN, root);
      for (const ver of fx.versions) if (ver.id === "v2.1") ver.version = fmtVersion(maxVersion);
      return new Response(pyJson(fx), {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    }
    if (!rest.startsWith("/v2.1")) {
      return novaError(404, "itemNotFound", "The resource could not be found.");
    }
    const sub = rest.slice("/v2.1".length);
    if (req.method === "GET" && (sub === "" || sub === "/")) {
      const fx = rebase(fxNovaV21.response.body, NOVA_ORIGIN, root);
      fx.version.version = fmtVersion(maxVersion);
      const v = microversion(req);
      return novaJson(fx, typeof v === "number" ? v : minVersion);
    }
    const tok = validToken(req);
    if (!tok || !tok.projectId) return novaUnauthorized();
    const v = microversion(req);
    if (v instanceof Response) return v;
    const admin = tok.roles.some((r) => r.name === "admin");
    const parts = sub.split("/").filter(Boolean).map(decodeURIComponent);
    if (req.method !== "GET") {
      return novaError(
        405,
        "computeFault",
        "The method specified is not allowed for this resource.",
        v,
      );
    }
    if (parts[0] === "servers") {
      if (parts.length === 1) return listServers(tok, params, v, region, false);
      if (parts.length === 2 && parts[1] === "detail") {
        return listServers(tok, params, v, region, true);
      }
      if (parts.length === 2) {
        const s = serversById.get(parts[1]);
        if (!s || s.deleted || !(admin || s.project_id === tok.projectId)) {
          return novaError(404, "itemNotFound", `Instance ${parts[1]} could not be found.`, v);
        }
        return novaJson({ server: renderServer(s, v, admin, region, true) }, v);
      }
    }
    if (parts[0] === "flavors") {
      if (parts.length === 1) return listFlavors(tok, params, v, region, false);
      if (parts.length === 2 && parts[1] === "detail") {
        return listFlavors(tok, params, v, region, true);
      }
      if (parts.length === 2) {
        const f = flavorsById.get(parts[1]);
        if (!f) return novaError(404, "itemNotFound", `Flavor ${parts[1]} could not be found.`, v);
        return novaJson({ flavor: renderFlavor(f, v, region, true) }, v);
      }
      if (parts.length === 3 && parts[2] === "os-extra_specs") {
        const f = flavorsById.get(parts[1]);
        if (!f) return novaError(404, "itemNotFound", `Flavor ${parts[1]} could not be found.`, v);
        return novaJson({ extra_specs: f.extra_specs }, v);
      }
    }
    return novaError(404, "itemNotFound", "The resource could not be found.", v);
  }

  // ---- Glance ----------------------------------------------------------------------------

  function glanceHeaders(json = true): Headers {
    return new Headers({
      "content-type": json ? "application/json" : "text/html; charset=UTF-8",
      "x-openstack-request-id": reqId(),
    });
  }

  function wantsJson(req: Request): boolean {
    return (req.headers.get("accept") ?? "").includes("application/json");
  }

  function glanceNotFound(req: Request, id: string): Response {
    if (wantsJson(req)) {
      const recordedId = fxGlanceNotFound.request.path.split("/").pop()!;
      const b = fxGlanceNotFound.response.body;
      return new Response(
        pyJson({ ...b, message: b.message.replace(recordedId, id) }),
        { status: 404, headers: glanceHeaders(true) },
      );
    }
    const recordedId = fxGlanceNotFoundHtml.request.path.split("/").pop()!;
    return new Response(fxGlanceNotFoundHtml.response.body.replace(recordedId, id), {
      status: 404,
      headers: glanceHeaders(false),
    });
  }

  function glanceUnauthorized(req: Request): Response {
    const json = wantsJson(req);
    const h = new Headers({
      "content-type": json ? "application/json" : "text/html; charset=UTF-8",
    });
    h.set("www-authenticate", `Keystone uri="${base}/identity/v3"`);
    const msg = fxGlanceNoToken.response.body.message;
    const body = json
      ? pyJson(fxGlanceNoToken.response.body)
      : `<html>\n <head>\n  <title>401 Unauthorized</title>\n </head>\n <body>\n  <h1>401 Unauthorized</h1>\n  ${msg}\n </body>\n</html>`;
    return new Response(body, { status: 401, headers: h });
  }

  function glanceBadRequest(req: Request, message: string): Response {
    if (wantsJson(req)) {
      return new Response(
        pyJson({
          message: `${message}<br /><br />\n\n\n`,
          code: "400 Bad Request",
          title: "Bad Request",
        }),
        { status: 400, headers: glanceHeaders(true) },
      );
    }
    return new Response(
      `<html>\n <head>\n  <title>400 Bad Request</title>\n </head>\n <body>\n  <h1>400 Bad Request</h1>\n  ${message}<br /><br />\n\n\n\n </body>\n</html>`,
      { status: 400, headers: glanceHeaders(false) },
    );
  }

  function renderImage(i: FakeImage): Json {
    const vals: Json = {
      name: i.name,
      disk_format: i.disk_format,
      container_format: i.container_format,
      visibility: i.visibility,
      size: i.size,
      virtual_size: i.virtual_size,
      status: i.status,
      checksum: i.checksum,
      protected: i.protected,
      min_ram: i.min_ram,
      min_disk: i.min_disk,
      owner: i.owner,
      os_hidden: i.os_hidden,
      os_hash_algo: i.os_hash_algo,
      os_hash_value: i.os_hash_value,
      id: i.id,
      created_at: i.created_at,
      updated_at: i.updated_at,
      tags: i.tags,
      self: `/v2/images/${i.id}`,
      file: `/v2/images/${i.id}/file`,
      schema: "/v2/schemas/image",
    };
    const out: Json = { ...i.properties };
    for (const k of IMAGE_CORE_KEYS) out[k] = vals[k];
    return out;
  }

  function imageVisible(tok: TokenInfo, i: FakeImage, admin: boolean): boolean {
    return admin || i.visibility === "public" || i.owner === tok.projectId;
  }

  function image(req: Request, rest: string, params: URLSearchParams): Response {
    if (req.method === "GET" && (rest === "" || rest === "/")) {
      const fx = rebase(fxGlanceRoot.response.body, GLANCE_ORIGIN, `${base}/image`);
      return new Response(pyJson(fx), {
        status: 300,
        headers: { "content-type": "application/json" },
      });
    }
    const tok = validToken(req);
    if (!tok || !tok.projectId) return glanceUnauthorized(req);
    const admin = tok.roles.some((r) => r.name === "admin");
    const parts = rest.split("/").filter(Boolean).map(decodeURIComponent);
    if (req.method === "GET" && parts[0] === "v2" && parts[1] === "images") {
      if (parts.length === 3) {
        const i = imagesById.get(parts[2]);
        if (!i || !imageVisible(tok, i, admin)) return glanceNotFound(req, parts[2]);
        return new Response(pyJson(renderImage(i)), { status: 200, headers: glanceHeaders() });
      }
      if (parts.length === 2) {
        const rawLimit = params.get("limit");
        let limit = imageDefaultLimit;
        if (rawLimit !== null) {
          if (!/^\d+$/.test(rawLimit)) {
            return glanceBadRequest(req, "limit param must be an integer");
          }
          limit = Math.min(Number(rawLimit), imageMaxLimit);
        }
        let list = sortedImages.filter((i) =>
          imageVisible(tok, i, admin) && !i.os_hidden &&
          (params.get("visibility") === null
            ? (i.visibility !== "community" || i.owner === tok.projectId)
            : params.get("visibility") === "all" || i.visibility === params.get("visibility")) &&
          (params.get("name") === null || i.name === params.get("name")) &&
          (params.get("status") === null || i.status === params.get("status")) &&
          (params.get("owner") === null || i.owner === params.get("owner")) &&
          (params.get("id") === null || i.id === params.get("id"))
        );
        const marker = params.get("marker");
        if (marker !== null) {
          const m = imagesById.get(marker);
          if (!m) return glanceNotFound(req, marker);
          const idx = sortedImages.indexOf(m);
          list = list.filter((i) => sortedImages.indexOf(i) > idx);
        }
        const page = list.slice(0, limit);
        const rest: [string, string][] = [...params.entries()].filter(([k]) => k !== "marker");
        const body: Json = {
          images: page.map(renderImage),
          first: rest.length ? `/v2/images?${pyUrlencode(rest)}` : "/v2/images",
          schema: "/v2/schemas/images",
        };
        if (page.length > 0 && page.length === limit) {
          body.next = `/v2/images?${pyUrlencode([...rest, ["marker", page[page.length - 1].id]])}`;
        }
        return new Response(pyJson(body), { status: 200, headers: glanceHeaders() });
      }
    }
    return glanceNotFound(req, rest);
  }

  // ---- dispatch ----------------------------------------------------------------------------

  async function handle(req: Request): Promise<Response> {
    const url = new URL(req.url);
    let path = url.pathname;
    let region = regions[0];
    const m = /^\/regions\/([^/]+)(\/.*)?$/.exec(path);
    if (m && regions.includes(decodeURIComponent(m[1]))) {
      region = decodeURIComponent(m[1]);
      path = m[2] ?? "/";
    }
    const service = path.split("/")[1] ?? "";
    const headers: Record<string, string> = {};
    req.headers.forEach((v, k) => (headers[k] = v));
    const bodyText = req.method === "GET" || req.method === "HEAD" ? "" : await req.text();
    requests.push({
      method: req.method,
      path: url.pathname + url.search,
      service: ["identity", "compute", "image", "volume", "network"].includes(service)
        ? service
        : "other",
      region,
      headers,
      ...(bodyText ? { body: bodyText } : {}),
    });
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    if (opts.intercept) {
      const r = await opts.intercept(req, { path, region });
      if (r) return r;
    }
    const info: FaultInfo = {
      path,
      region,
      method: req.method,
      fullPath: url.pathname + url.search,
    };
    if (opts.faults?.before) {
      const r = await opts.faults.before(req, info);
      if (r) return r;
    }
    const res = route(req, path, service, bodyText, url.searchParams, region);
    return opts.faults?.after ? await opts.faults.after(res, req, info) : res;
  }

  function route(
    req: Request,
    path: string,
    service: string,
    bodyText: string,
    params: URLSearchParams,
    region: string,
  ): Response {
    const rest = path.slice(service.length + 1);
    let res: Response;
    switch (service) {
      case "identity":
        res = identity(req, rest, bodyText);
        break;
      case "compute":
        res = compute(req, rest, params, region);
        break;
      case "image":
        res = image(req, rest, params);
        break;
      default:
        if (replayer) return replayed(req, service, rest + new URL(req.url).search, region);
        return new Response(
          pyJson({ error: { code: 404, message: "not served by the fake cloud" } }),
          {
            status: 404,
            headers: { "content-type": "application/json" },
          },
        );
    }
    // what the fake does not simulate, the captured answers may know
    if (replayer && res.status === 404) {
      const path = rest + new URL(req.url).search;
      if (replayer.has(req.method, service, path, validToken(req)?.projectId)) {
        return replayed(req, service, path, region);
      }
      replayer.misses.push(`${req.method} /${service}${path} (the fake's own answer: 404)`);
    }
    return res;
  }

  const replayer = opts.captured ? replay(opts.captured) : undefined;

  function replayed(req: Request, service: string, path: string, region: string): Response {
    const tok = validToken(req);
    if (!tok) return unauthorized();
    return replayer!.answer(req, service, path, {
      projectId: tok.projectId,
      root: (s) => `${regionBase(region)}/${s}`,
    });
  }

  const ac = new AbortController();
  const listening = Promise.withResolvers<void>();
  const listenOpts = {
    hostname,
    port: opts.port ?? 0,
    signal: ac.signal,
    onListen: () => listening.resolve(),
  };
  const server = opts.tls
    ? Deno.serve({ ...listenOpts, cert: opts.tls.cert, key: opts.tls.key }, handle)
    : Deno.serve(listenOpts, handle);
  await listening.promise;
  const port = (server.addr as Deno.NetAddr).port;
  base = `${scheme}://${publicHost.includes(":") ? `[${publicHost}]` : publicHost}:${port}`;

  function issueToken(userName = "admin", projectName?: string): string {
    const user = ds.users.find((u) => u.name === userName);
    if (!user) throw new Error(`no user ${userName}`);
    const project = projectName
      ? ds.projects.find((p) => p.name === projectName)
      : ds.projects.find((p) => p.id === user.default_project_id) ??
        ds.projects.find((p) => p.name === userName);
    if (!project) throw new Error(`no project for ${userName}`);
    return newToken({
      user,
      projectId: project.id,
      roles: rolesFor(user.id, { project: project.id }),
      methods: ["password"],
    });
  }

  function cloudsYaml(o: { cacert?: string; names?: Record<string, string> } = {}): string {
    const lines = ["clouds:"];
    for (const u of ds.users) {
      const project = ds.projects.find((p) => p.id === u.default_project_id) ??
        ds.projects.find((p) => p.name === u.name);
      if (!project) continue;
      const dom = (id: string) => domainsById.get(id)?.name ?? id;
      lines.push(
        `  ${o.names?.[u.name] ?? u.name}:`,
        "    auth:",
        `      auth_url: ${base}/identity/v3`,
        `      username: ${u.name}`,
        `      password: ${u.password}`,
        `      project_name: ${project.name}`,
        `      user_domain_name: ${dom(u.domain_id)}`,
        `      project_domain_name: ${dom(project.domain_id)}`,
        `    region_name: ${regions[0]}`,
        "    identity_api_version: 3",
        "    interface: public",
      );
      if (o.cacert) lines.push(`    cacert: ${o.cacert}`);
    }
    return lines.join("\n") + "\n";
  }

  return {
    url: base,
    authUrl: `${base}/identity/v3`,
    port,
    dataset: ds,
    requests,
    clearRequests: () => void requests.splice(0),
    fetch: (input, init) => handle(new Request(input, init)),
    issuedTokens: () => [...issued],
    issueToken,
    revokeToken: (t) => void tokens.delete(t),
    replayMisses: () => [...(replayer?.misses ?? [])],
    cloudsYaml,
    close: async () => {
      opts.faults?.close?.();
      ac.abort();
      await server.finished;
    },
  };
}
