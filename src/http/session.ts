/**
 * The per-process session: resolved cloud config, one HTTP client, one
 * authentication (on first use), and a ServiceClient per service type.
 */
import type { Context, Deps } from "../context.ts";
import type { GlobalOptions } from "../cli/global_options.ts";
import { CliError } from "../cli/errors.ts";
import type { ResolvedCloud } from "../config/types.ts";
import { resolveCloud } from "../config/load.ts";
import { validateAuth } from "../config/validate.ts";
import { HttpClient, type TimingRecord } from "./client.ts";
import { ServiceClient, type TokenSource } from "./service.ts";
import { authenticate, type AuthResult } from "../auth/keystone.ts";
import { canonicalType, findEndpoint } from "../auth/catalog.ts";
import { negotiateComputeVersion } from "./microversion.ts";

/** Path suffix a bare catalog URL needs, so no version-discovery round trip is made. */
const VERSION_SUFFIX: Record<string, { pattern: RegExp; suffix: string }> = {
  "compute": { pattern: /\/v2(\.1)?(\/|$)/, suffix: "/v2.1" },
  "image": { pattern: /\/v2(\/|$)/, suffix: "/v2" },
  "network": { pattern: /\/v2\.0(\/|$)/, suffix: "/v2.0" },
  "block-storage": { pattern: /\/v3(\/|$)/, suffix: "/v3" },
  "identity": { pattern: /\/v3(\/|$)/, suffix: "/v3" },
};

export class Session implements TokenSource {
  private auth?: Promise<AuthResult>;
  private readonly services = new Map<string, Promise<ServiceClient>>();

  constructor(
    readonly cloud: ResolvedCloud,
    readonly http: HttpClient,
    private readonly global: GlobalOptions,
  ) {}

  authResult(): Promise<AuthResult> {
    this.auth ??= authenticate(this.cloud, this.http);
    return this.auth;
  }

  async token(): Promise<string> {
    return (await this.authResult()).token;
  }

  async refresh(): Promise<string | undefined> {
    // Tokens are fresh within a process; a 401 here is a real refusal.
    return await Promise.resolve(undefined);
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
        endpoint,
        this.http,
        this,
        this.global.osComputeApiVersion as string | undefined ?? this.cloud.apiVersions.compute,
      );
    }
    return new ServiceClient(type, endpoint, this.http, this, microversion);
  }
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
    await deps.stderr.write(
      "WARNING: TLS certificate verification is disabled (--insecure); the connection is not authenticated.\n",
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
  return new Session(cloud, http, global);
}

async function readRequired(deps: Deps, path: string, what: string): Promise<string> {
  const text = await deps.fs.readTextFile(path);
  if (text === undefined) throw new CliError(`Cannot read ${what} file ${path}`);
  return text;
}

export type { Context };
