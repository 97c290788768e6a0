/** An authenticated client bound to one service's endpoint (and compute microversion). */
import type { HttpClient, HttpResponse, Query, RequestOptions } from "./client.ts";

export interface TokenSource {
  token(): Promise<string>;
  /** Called after a 401 with a token that may be stale; returns a fresh token, or undefined. */
  refresh(): Promise<string | undefined>;
}

/** The service name each API expects in OpenStack-API-Version (Cinder's is "volume"). */
const MICROVERSION_NAMES: Readonly<Record<string, string>> = {
  "block-storage": "volume",
  "shared-file-system": "sharev2",
};

export class ServiceClient {
  constructor(
    readonly type: string,
    readonly endpoint: string,
    private readonly http: HttpClient,
    private readonly tokens: TokenSource,
    readonly microversion?: string,
  ) {}

  url(path: string): string {
    if (/^https?:\/\//.test(path)) return path;
    return this.endpoint.replace(/\/+$/, "") + (path.startsWith("/") ? path : `/${path}`);
  }

  private versionHeaders(): Record<string, string> {
    if (!this.microversion) return {};
    const name = MICROVERSION_NAMES[this.type] ?? this.type;
    const headers: Record<string, string> = {
      "OpenStack-API-Version": `${name} ${this.microversion}`,
    };
    // Nova before 2.27 reads only its legacy header
    if (this.type === "compute") headers["X-OpenStack-Nova-API-Version"] = this.microversion;
    return headers;
  }

  async request(path: string, opts: RequestOptions = {}): Promise<HttpResponse> {
    const send = async (token: string) =>
      await this.http.request(this.url(path), {
        ...opts,
        headers: { ...this.versionHeaders(), ...opts.headers, "X-Auth-Token": token },
      });
    try {
      return await send(await this.tokens.token());
    } catch (e) {
      if ((e as { status?: number }).status !== 401) throw e;
      const fresh = await this.tokens.refresh();
      if (!fresh) throw e;
      return await send(fresh);
    }
  }

  async get<T>(path: string, query?: Query): Promise<T> {
    return (await this.request(path, { query })).body as T;
  }
}
