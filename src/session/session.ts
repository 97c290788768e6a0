/**
 * The per-process session: resolved cloud config, one HTTP client, one
 * authentication (on first use), and a ServiceClient per service type.
 */
import type { Context, Deps } from "../context.ts";
import type { GlobalOptions } from "../cli/global_options.ts";
import { OscError } from "../errors.ts";
import type { ResolvedCloud } from "../config/types.ts";
import { resolveCloud } from "../config/load.ts";
import { validateAuth } from "../config/validate.ts";
import { HttpClient, type TimingRecord } from "../http/client.ts";
import { ServiceClient, type TokenSource } from "../http/service.ts";
import { authenticate, type AuthResult } from "../auth/keystone.ts";
import { canonicalType, findEndpoint } from "../auth/catalog.ts";
import { discoverComputeVersion, negotiateComputeVersion } from "../http/microversion.ts";
import {
  type CachedAuth,
  type LoginTurn,
  TokenCache,
  tokenCacheEnabled,
  type VersionDoc,
} from "../auth/token_cache.ts";
import { warn } from "../cli/verbosity.ts";

/** Path suffix a bare catalog URL needs, so no version-discovery round trip is made. */
const VERSION_SUFFIX: Record<string, { pattern: RegExp; suffix: string }> = {
  "compute": { pattern: /\/v2(\.1)?(\/|$)/, suffix: "/v2.1" },
  "image": { pattern: /\/v2(\/|$)/, suffix: "/v2" },
  "network": { pattern: /\/v2\.0(\/|$)/, suffix: "/v2.0" },
  "block-storage": { pattern: /\/v3(\/|$)/, suffix: "/v3" },
  "identity": { pattern: /\/v3(\/|$)/, suffix: "/v3" },
};

export interface SessionOptions {
  /** The token cache of this identity; undefined when off. */
  cache?: TokenCache;
  /** --debug trace. */
  debug?: (line: string) => Promise<void>;
}

export class Session implements TokenSource {
  private auth?: Promise<AuthResult>;
  private readonly services = new Map<string, Promise<ServiceClient>>();
  /** What the cache holds (or will hold) for this identity; undefined when off. */
  private entry?: CachedAuth;
  /** The current token came from the cache (and may have been revoked since). */
  private fromCache = false;
  private refreshing?: Promise<string | undefined>;
  private saving: Promise<unknown> = Promise.resolve();

  constructor(
    readonly cloud: ResolvedCloud,
    readonly http: HttpClient,
    private readonly global: GlobalOptions,
    private readonly opts: SessionOptions = {},
  ) {}

  authResult(): Promise<AuthResult> {
    this.auth ??= this.cachedOrFresh();
    return this.auth;
  }

  async token(): Promise<string> {
    return (await this.authResult()).token;
  }

  /**
   * After a 401: a token from the cache may have been revoked, so drop the
   * entry, authenticate once and hand out the new token (shared by every
   * request that saw the 401). A token we just got is not retried.
   */
  refresh(): Promise<string | undefined> {
    if (this.refreshing) return this.refreshing;
    if (!this.fromCache) return Promise.resolve(undefined);
    this.refreshing = (async () => {
      await this.trace("token cache: the cloud refused the cached token; authenticating");
      this.fromCache = false;
      // the version documents describe endpoints, not the token: keep them
      this.entry = this.entry && { ...this.entry, token: "" };
      await this.opts.cache?.drop();
      this.auth = this.fresh();
      return (await this.auth).token;
    })();
    return this.refreshing;
  }

  private async cachedOrFresh(): Promise<AuthResult> {
    const cache = this.opts.cache;
    if (!cache) return await this.fresh();
    let hit = await cache.load();
    let turn: LoginTurn | undefined;
    if (!hit) {
      turn = await cache.loginTurn();
      if ("entry" in turn) hit = turn.entry;
    }
    if (hit) {
      this.entry = hit;
      this.fromCache = true;
      await this.trace(
        `token cache: ${turn ? "another process's login" : "hit"} (token expires ${hit.expiresAt})`,
      );
      return hit;
    }
    try {
      return await this.fresh();
    } finally {
      if (turn && "release" in turn) await turn.release();
    }
  }

  private async fresh(): Promise<AuthResult> {
    const auth = await authenticate(this.cloud, this.http);
    if (this.opts.cache) {
      this.entry = { ...auth, computeVersions: this.entry?.computeVersions };
      await this.persist();
      await this.opts.cache.prune();
    }
    return auth;
  }

  /** Writes the entry; writes from one process never interleave. */
  private async persist(): Promise<void> {
    const cache = this.opts.cache;
    if (!cache || !this.entry) return;
    const entry = this.entry;
    this.saving = this.saving.then(() => cache.save(entry));
    await this.saving;
  }

  private async trace(line: string): Promise<void> {
    if (this.opts.debug) await this.opts.debug(line);
  }

  /** The compute version document: from the cache entry when it has one for this endpoint. */
  private async computeVersionDoc(endpoint: string): Promise<VersionDoc> {
    await this.authResult();
    const known = this.entry?.computeVersions?.[endpoint];
    if (known && typeof known.max === "string") return known;
    const doc = await discoverComputeVersion(endpoint, this.http, this);
    if (this.entry) {
      this.entry = {
        ...this.entry,
        computeVersions: { ...this.entry.computeVersions, [endpoint]: doc },
      };
      await this.persist();
    }
    return doc;
  }

  /**
   * openstacksdk's connect_as_project: the same credentials scoped to another project, in a
   * session of its own (its own token and catalog; no token cache).
   */
  asProject(project: { id: string; name?: string; domainId?: string }): Session {
    const auth = { ...this.cloud.auth };
    for (const k of Object.keys(auth)) {
      if (/^(project|tenant)_|^(domain_id|domain_name|system_scope)$/.test(k)) delete auth[k];
    }
    auth.project_id = project.id;
    if (project.name) auth.project_name = project.name;
    if (project.domainId) auth.project_domain_id = project.domainId;
    return new Session({ ...this.cloud, auth }, this.http, this.global, {
      debug: this.opts.debug,
    });
  }

  service(type: string): Promise<ServiceClient> {
    const canonical = canonicalType(type);
    let s = this.services.get(canonical);
    if (!s) {
      s = this.build(canonical);
      this.services.set(canonical, s);
    }
    return s;
  }

  private async build(type: string): Promise<ServiceClient> {
    const override = this.cloud.endpointOverrides[type.replaceAll("-", "_")];
    let endpoint: string;
    if (override) {
      endpoint = override;
    } else {
      const auth = await this.authResult();
      endpoint = findEndpoint(auth.catalog, {
        type,
        interface: this.cloud.interface,
        region: this.cloud.regionName,
      });
    }
    const v = VERSION_SUFFIX[type];
    if (v && !v.pattern.test(new URL(endpoint).pathname)) {
      endpoint = endpoint.replace(/\/+$/, "") + v.suffix;
    }
    let microversion: string | undefined;
    if (type === "compute") {
      microversion = await negotiateComputeVersion(
        this.global.osComputeApiVersion as string | undefined ?? this.cloud.apiVersions.compute,
        () => this.computeVersionDoc(endpoint),
      );
    } else if (type === "block-storage") {
      microversion = pinnedMinor(
        this.global.osVolumeApiVersion as string | undefined ?? this.cloud.apiVersions.volume,
      );
    }
    return new ServiceClient(type, endpoint, this.http, this, microversion);
  }
}

/**
 * A pinned microversion like "3.42" for a service that is not negotiated;
 * a bare major ("3") or x.0 sends no header, as the service then answers at its base version.
 */
function pinnedMinor(v: string | undefined): string | undefined {
  const m = v ? /^(\d+)\.(\d+)$/.exec(v.trim()) : null;
  return m && Number(m[2]) > 0 ? `${m[1]}.${m[2]}` : undefined;
}

export async function openSession(
  deps: Deps,
  global: GlobalOptions,
  debug: ((line: string) => Promise<void>) | undefined,
  timings: TimingRecord[] | undefined,
): Promise<Session> {
  const cloud = await resolveCloud(global, deps);
  validateAuth(cloud);
  let fetchFn = deps.fetch;
  const tlsFlags: string[] = [];
  if (!cloud.verify) {
    fetchFn = deps.makeFetch({ insecure: true });
    tlsFlags.push("--insecure");
    await warn(
      { stderr: deps.stderr, global },
      "WARNING: TLS certificate verification is disabled (--insecure); the connection is not authenticated.",
    );
  } else if (cloud.cacert || cloud.cert) {
    const caCerts = cloud.cacert
      ? [await readRequired(deps, cloud.cacert, "CA bundle")]
      : undefined;
    const cert = cloud.cert
      ? await readRequired(deps, cloud.cert, "client certificate")
      : undefined;
    const key = cloud.key ? await readRequired(deps, cloud.key, "client key") : undefined;
    fetchFn = deps.makeFetch({ caCerts, cert, key });
    if (cloud.cacert) tlsFlags.push(`--cacert "${cloud.cacert}"`);
  }
  const http = new HttpClient({
    fetch: fetchFn,
    timeoutMs: cloud.apiTimeout !== undefined ? cloud.apiTimeout * 1000 : undefined,
    debug,
    timings,
    now: deps.now,
    signal: deps.signal,
    retries: 2,
    curlTlsFlags: tlsFlags.join(" ") || undefined,
  });
  const cache = tokenCacheEnabled(global.osTokenCache, deps.env)
    ? TokenCache.open(cloud, { fs: deps.fs, env: deps.env, signal: deps.signal })
    : undefined;
  return new Session(cloud, http, global, { cache, debug });
}

async function readRequired(deps: Deps, path: string, what: string): Promise<string> {
  const text = await deps.fs.readTextFile(path);
  if (text === undefined) throw new OscError(`Cannot read ${what} file ${path}`);
  return text;
}

export type { Context };
