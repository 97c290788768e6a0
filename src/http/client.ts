/**
 * One HTTP client per process: fetch with timeouts, JSON, a --debug trace in
 * keystoneauth's format (secrets redacted), --timing records, bounded retries
 * of idempotent requests, and errors worded like the python client's.
 */
import { apiErrorMessage, ConnectionError, HttpError } from "./errors.ts";
import { redactHeader, redactJson } from "./redact.ts";
import { VERSION } from "../version.ts";

export type Query = Record<string, string | number | boolean | undefined | readonly string[]>;

export interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  query?: Query;
  json?: unknown;
  /** Statuses treated as success; default: any 2xx. */
  ok?: (status: number) => boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the body is JSON; the text otherwise; undefined when empty. */
  body: unknown;
  url: string;
}

export interface TimingRecord {
  method: string;
  url: string;
  seconds: number;
}

export interface HttpClientOptions {
  fetch: typeof fetch;
  /** Per-request timeout in milliseconds; undefined = none. */
  timeoutMs?: number;
  debug?: (line: string) => Promise<void>;
  timings?: TimingRecord[];
  now: () => number;
  signal?: AbortSignal;
  /** Retries for idempotent requests on 5xx/429/connection errors. */
  retries?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Curl flags describing TLS settings, for the --debug trace. */
  curlTlsFlags?: string;
}

export const USER_AGENT = `openstack-deno/${VERSION}`;
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS"]);
const RETRY_STATUS = new Set([502, 503, 504, 429]);

export function withQuery(url: string, query?: Query): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) { for (const item of v) params.append(k, item); }
    else params.append(k, String(v));
  }
  const qs = params.toString();
  if (!qs) return url;
  return url + (url.includes("?") ? "&" : "?") + qs;
}

export class HttpClient {
  constructor(private readonly opts: HttpClientOptions) {}

  async request(url: string, options: RequestOptions = {}): Promise<HttpResponse> {
    const method = options.method ?? "GET";
    const full = withQuery(url, options.query);
    const headers: Record<string, string> = {
      "Accept": "application/json",
      "User-Agent": USER_AGENT,
      ...options.headers,
    };
    let body: string | undefined;
    if (options.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(options.json);
    }
    const retries = IDEMPOTENT.has(method) ? this.opts.retries ?? 0 : 0;
    for (let attempt = 0;; attempt++) {
      if (this.opts.debug) await this.traceRequest(method, full, headers, options.json);
      const started = this.opts.now();
      let res: Response;
      let text: string;
      try {
        ({ res, text } = await this.send(full, { method, headers, body }));
      } catch (e) {
        if (attempt < retries && !(e instanceof TimeoutError) && !this.opts.signal?.aborted) {
          await this.backoff(attempt);
          continue;
        }
        throw this.connectionError(e, full);
      }
      this.opts.timings?.push({ method, url: full, seconds: (this.opts.now() - started) / 1000 });
      if (this.opts.debug) await this.traceResponse(res, text);
      const ok = options.ok ? options.ok(res.status) : res.status >= 200 && res.status < 300;
      if (!ok && attempt < retries && RETRY_STATUS.has(res.status)) {
        await this.backoff(attempt, res.headers.get("retry-after"));
        continue;
      }
      const contentType = res.headers.get("content-type");
      if (!ok) {
        throw new HttpError(
          res.status,
          apiErrorMessage(res.status, contentType, text),
          requestId(res.headers),
          full,
        );
      }
      return {
        status: res.status,
        headers: res.headers,
        body: parseBody(contentType, text, full),
        url: full,
      };
    }
  }

  private async send(
    url: string,
    init: { method: string; headers: Record<string, string>; body?: string },
  ): Promise<{ res: Response; text: string }> {
    const controller = new AbortController();
    const outer = this.opts.signal;
    const onAbort = () => controller.abort(outer?.reason);
    outer?.addEventListener("abort", onAbort);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    if (this.opts.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, this.opts.timeoutMs);
    }
    try {
      const res = await this.opts.fetch(url, { ...init, signal: controller.signal });
      const text = await res.text();
      return { res, text };
    } catch (e) {
      if (timedOut) throw new TimeoutError(url, this.opts.timeoutMs!);
      throw e;
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      outer?.removeEventListener("abort", onAbort);
    }
  }

  private async backoff(attempt: number, retryAfter?: string | null): Promise<void> {
    let ms = Math.min(4000, 250 * 2 ** attempt) * (0.5 + Math.random() / 2);
    const seconds = retryAfter ? Number(retryAfter) : NaN;
    if (Number.isFinite(seconds) && seconds >= 0) ms = Math.min(seconds, 30) * 1000;
    await (this.opts.sleep ?? ((d) => new Promise((r) => setTimeout(r, d))))(ms);
  }

  private connectionError(e: unknown, url: string): Error {
    if (e instanceof TimeoutError) return new ConnectionError(e.message);
    if (this.opts.signal?.aborted) return e instanceof Error ? e : new Error(String(e));
    const msg = e instanceof Error ? e.message : String(e);
    const origin = safeOrigin(url);
    if (/certificate|UnknownIssuer|tls|ssl/i.test(msg)) {
      return new ConnectionError(
        `SSL certificate error talking to ${origin}: ${firstLine(msg)} ` +
          "(pass the CA bundle with --os-cacert, or --insecure to skip verification)",
      );
    }
    if (/refused/i.test(msg)) {
      return new ConnectionError(`Unable to establish connection to ${origin}: connection refused`);
    }
    return new ConnectionError(`Unable to establish connection to ${origin}: ${firstLine(msg)}`);
  }

  private async traceRequest(
    method: string,
    url: string,
    headers: Record<string, string>,
    json: unknown,
  ): Promise<void> {
    const parts = ["REQ: curl -g -i"];
    if (this.opts.curlTlsFlags) parts.push(this.opts.curlTlsFlags);
    parts.push("-X", method, url.includes("?") ? `"${url}"` : url);
    for (const [k, v] of Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : 1))) {
      parts.push(`-H "${k}: ${await redactHeader(k, v)}"`);
    }
    if (json !== undefined) parts.push(`-d '${JSON.stringify(redactJson(json))}'`);
    await this.opts.debug!(parts.join(" "));
  }

  private async traceResponse(res: Response, text: string): Promise<void> {
    const hdrs: string[] = [];
    for (const [k, v] of res.headers) hdrs.push(`${k}: ${await redactHeader(k, v)}`);
    await this.opts.debug!(`RESP: [${res.status}] ${hdrs.join(" ")}`);
    let shown = text;
    if (res.headers.get("content-type")?.includes("json")) {
      try {
        shown = JSON.stringify(redactJson(JSON.parse(text)));
      } catch {
        // show the raw text below
      }
    }
    await this.opts.debug!(`RESP BODY: ${shown}`);
  }
}

export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`Timed out after ${ms / 1000} s waiting for ${safeOrigin(url)}`);
    this.name = "TimeoutError";
  }
}

function parseBody(contentType: string | null, text: string, url: string): unknown {
  if (text === "") return undefined;
  if (contentType?.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      throw new ConnectionError(`Invalid JSON in response from ${safeOrigin(url)}`);
    }
  }
  return text;
}

export function requestId(headers: Headers): string | undefined {
  return headers.get("x-openstack-request-id") ?? headers.get("x-compute-request-id") ??
    headers.get("x-request-id") ?? undefined;
}

function safeOrigin(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return "the server";
  }
}

function firstLine(s: string): string {
  return s.split("\n")[0];
}
