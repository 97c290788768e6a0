/**
 * One HTTP client per process: fetch with timeouts, JSON, a --debug trace in
 * keystoneauth's format (secrets redacted), --timing records, bounded retries
 * of idempotent requests, and errors worded like the python client's.
 *
 * Failure policy (docs/reliability.md):
 * - every attempt has a deadline (--os-timeout / api_timeout, else
 *   DEFAULT_TIMEOUT_MS) covering the headers and the whole body;
 * - GET/HEAD/OPTIONS are retried `retries` times on 500/502/503/504/429 and on
 *   connection failures, after an exponential backoff with jitter, or after
 *   the server's Retry-After when it is at most MAX_RETRY_AFTER_MS (a longer
 *   wait fails at once, saying so);
 * - other methods are retried only when the connection was refused or the
 *   name did not resolve (the request provably never left);
 * - a 2xx answer that is not the JSON asked for (HTML, truncated, empty) is an
 *   error naming the URL, status and request id, never the body.
 */
import {
  apiErrorMessage,
  BadResponseError,
  ConnectionError,
  CONTROL,
  escapeControl,
  HttpError,
} from "./errors.ts";
import { redactHeader, redactJson } from "./redact.ts";
import { VERSION } from "../version.ts";

export type Query = Record<string, string | number | boolean | undefined | readonly string[]>;

export interface RequestOptions {
  method?: string;
  /** Extra headers; `null` leaves a default one out (openstacksdk sends no Accept on DELETE). */
  headers?: Record<string, string | null>;
  query?: Query;
  json?: unknown;
  /**
   * A binary body (an image upload, an object): bytes, a Blob, or a stream
   * read as it is sent, never held whole in memory. A stream is sent once:
   * the request is not retried.
   */
  body?: Uint8Array<ArrayBuffer> | Blob | ReadableStream<Uint8Array<ArrayBuffer>>;
  /**
   * Content-Type of `body` (default application/octet-stream) or of `json`
   * (default application/json; Glance's JSON patch has its own); `null`: none
   * for `body` (python's requests sends a file without one, and Swift then
   * guesses the object's type from its name).
   */
  contentType?: string | null;
  /**
   * Hand a successful response's body over as a stream (HttpResponse.stream)
   * instead of reading it: downloads go to a file or stdout as they arrive.
   * The per-attempt deadline then covers the response headers only.
   */
  stream?: boolean;
  /** Statuses treated as success; default: any 2xx. */
  ok?: (status: number) => boolean;
  /**
   * The success body must be JSON (default: when the Accept header asks for
   * JSON, as it does unless the caller sets another). A 204 or 205, and any
   * answer to HEAD, may be empty.
   */
  expectJson?: boolean;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON when the body is JSON; the text otherwise; undefined when empty. */
  body: unknown;
  /** The unread body, when the request asked for `stream`. */
  stream?: ReadableStream<Uint8Array<ArrayBuffer>>;
  url: string;
}

export interface TimingRecord {
  method: string;
  url: string;
  seconds: number;
}

export interface HttpClientOptions {
  fetch: typeof fetch;
  /** Per-attempt timeout in milliseconds; undefined = DEFAULT_TIMEOUT_MS. */
  timeoutMs?: number;
  debug?: (line: string) => Promise<void>;
  timings?: TimingRecord[];
  now: () => number;
  signal?: AbortSignal;
  /** Retries for idempotent requests on 5xx/429/connection errors. */
  retries?: number;
  /** Waits between attempts (tests pass a recorder); default: a timer that Ctrl-C ends. */
  sleep?: (ms: number) => Promise<void>;
  /** Random numbers in [0, 1) for the jitter (tests pass a seeded one). */
  random?: () => number;
  /** Curl flags describing TLS settings, for the --debug trace. */
  curlTlsFlags?: string;
}

export const USER_AGENT = `openstack-deno/${VERSION}`;
const IDEMPOTENT = new Set(["GET", "HEAD", "OPTIONS"]);
export const RETRY_STATUS: ReadonlySet<number> = new Set([500, 502, 503, 504, 429]);
/** Per-attempt deadline when none is configured: nothing waits without bound. */
export const DEFAULT_TIMEOUT_MS = 300_000;
/** The longest Retry-After honoured; a longer one fails at once. */
export const MAX_RETRY_AFTER_MS = 30_000;
/** Backoff before retry n (0-based): min(cap, base * 2^n), then jitter to [50%, 100%]. */
export const BACKOFF_BASE_MS = 250;
export const BACKOFF_CAP_MS = 4_000;

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
    };
    for (const [k, v] of Object.entries(options.headers ?? {})) {
      if (v === null) delete headers[k];
      else headers[k] = v;
    }
    let body:
      | string
      | Uint8Array<ArrayBuffer>
      | Blob
      | ReadableStream<Uint8Array<ArrayBuffer>>
      | undefined;
    if (options.json !== undefined) {
      headers["Content-Type"] = options.contentType || "application/json";
      body = JSON.stringify(options.json);
    } else if (options.body !== undefined) {
      if (options.contentType !== null) {
        headers["Content-Type"] = options.contentType ?? "application/octet-stream";
      }
      body = options.body;
    }
    const idempotent = IDEMPOTENT.has(method);
    const retries = body instanceof ReadableStream ? 0 : this.opts.retries ?? 0;
    const expectJson = options.expectJson ??
      /json/i.test(Object.entries(headers).find(([k]) => k.toLowerCase() === "accept")?.[1] ?? "");
    for (let attempt = 0;; attempt++) {
      if (this.opts.debug) {
        await this.traceRequest(method, full, headers, options.json, options.body !== undefined);
      }
      const started = this.opts.now();
      let res: Response;
      let text: string;
      let stream: ReadableStream<Uint8Array<ArrayBuffer>> | undefined;
      try {
        ({ res, text, stream } = await this.send(full, { method, headers, body }, options.stream));
      } catch (e) {
        const failure = this.connectionError(e, full);
        const retriable = failure instanceof ConnectionError &&
          (failure.kind === "refused" || failure.kind === "dns" ||
            (idempotent && (failure.kind === "reset" || failure.kind === "other")));
        if (attempt < retries && retriable && !this.opts.signal?.aborted) {
          if (this.opts.debug) await this.opts.debug(`${failure.message}; retrying`);
          await this.backoff(attempt);
          continue;
        }
        throw failure;
      }
      this.opts.timings?.push({ method, url: full, seconds: (this.opts.now() - started) / 1000 });
      if (this.opts.debug) await this.traceResponse(res, text);
      const ok = options.ok ? options.ok(res.status) : res.status >= 200 && res.status < 300;
      if (!ok && idempotent && RETRY_STATUS.has(res.status)) {
        const wait = retryAfterMs(res.headers.get("retry-after"));
        if (attempt < retries && (wait === undefined || wait <= MAX_RETRY_AFTER_MS)) {
          if (this.opts.debug) {
            await this.opts.debug(
              `HTTP ${res.status} from ${safeOrigin(full)}; retry ${attempt + 1} of ${retries}`,
            );
          }
          await this.backoff(attempt, wait);
          continue;
        }
        if (wait !== undefined && wait > MAX_RETRY_AFTER_MS) {
          throw this.httpError(
            res,
            text,
            full,
            `the server asks to retry after ${
              Math.ceil(wait / 1000)
            } s, longer than this client waits`,
          );
        }
      }
      if (!ok) {
        const tries = idempotent && RETRY_STATUS.has(res.status) && attempt > 0
          ? `gave up after ${attempt + 1} attempts`
          : undefined;
        throw this.httpError(res, text, full, tries);
      }
      if (stream) {
        return { status: res.status, headers: res.headers, body: undefined, stream, url: full };
      }
      return {
        status: res.status,
        headers: res.headers,
        body: parseBody(res, text, full, method, expectJson && method !== "HEAD"),
        url: full,
      };
    }
  }

  private httpError(res: Response, text: string, url: string, note?: string): HttpError {
    return new HttpError(
      res.status,
      apiErrorMessage(res.status, res.headers.get("content-type"), text),
      requestId(res.headers),
      url,
      note,
      { contentType: res.headers.get("content-type"), text },
    );
  }

  private async send(
    url: string,
    init: {
      method: string;
      headers: Record<string, string>;
      body?: string | Uint8Array<ArrayBuffer> | Blob | ReadableStream<Uint8Array<ArrayBuffer>>;
    },
    streamOk = false,
  ): Promise<{ res: Response; text: string; stream?: ReadableStream<Uint8Array<ArrayBuffer>> }> {
    const controller = new AbortController();
    const outer = this.opts.signal;
    const onAbort = () => controller.abort(outer?.reason);
    if (outer?.aborted) throw outer.reason ?? new Error("interrupted");
    outer?.addEventListener("abort", onAbort);
    const timeoutMs = this.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    // AbortSignal.timeout, not setTimeout: Deno 2.9 loads node:timers on the
    // first setTimeout (~7 ms of start-up); this timer is unref'd and built in.
    const deadline = AbortSignal.timeout(timeoutMs);
    const onTimeout = () => controller.abort();
    deadline.addEventListener("abort", onTimeout);
    let stage: "connect" | "body" = "connect";
    try {
      const res = await this.opts.fetch(url, { ...init, signal: controller.signal });
      stage = "body";
      if (streamOk && res.ok && res.body) {
        deadline.removeEventListener("abort", onTimeout);
        return { res, text: "", stream: res.body };
      }
      const text = await res.text();
      return { res, text };
    } catch (e) {
      if (deadline.aborted) throw new TimeoutError(url, timeoutMs);
      throw new SendError(e, stage);
    } finally {
      deadline.removeEventListener("abort", onTimeout);
      outer?.removeEventListener("abort", onAbort);
    }
  }

  private async backoff(attempt: number, retryAfter?: number): Promise<void> {
    const random = this.opts.random ?? Math.random;
    const ms = retryAfter ?? backoffMs(attempt, random());
    const sleep = this.opts.sleep ?? ((d: number) => abortableSleep(d, this.opts.signal));
    await sleep(ms);
  }

  private connectionError(e: unknown, url: string): Error {
    if (e instanceof TimeoutError) {
      return new ConnectionError(
        `${e.message} (set --os-timeout or api_timeout to change the limit)`,
        "timeout",
      );
    }
    const stage = e instanceof SendError ? e.stage : "connect";
    const cause = e instanceof SendError ? e.cause : e;
    if (this.opts.signal?.aborted) return cause instanceof Error ? cause : new Error(String(cause));
    // no --allow-net: the user's to fix, reported as such (src/permissions.ts)
    if (cause instanceof Deno.errors.NotCapable) return cause;
    const detail = fetchErrorDetail(cause);
    const origin = safeOrigin(url);
    if (/certificate|UnknownIssuer|self[- ]signed|tls|ssl|handshake/i.test(detail)) {
      const hint = this.opts.curlTlsFlags?.includes("--cacert")
        ? "(the CA bundle given with --os-cacert / cacert does not vouch for this server)"
        : "(pass the CA bundle with --os-cacert, or --insecure to skip verification)";
      return new ConnectionError(
        `SSL certificate error talking to ${origin}: ${detail} ${hint}`,
        "tls",
      );
    }
    if (/refused/i.test(detail)) {
      return new ConnectionError(
        `Unable to establish connection to ${origin}: connection refused`,
        "refused",
      );
    }
    if (/dns error|lookup address|ENOTFOUND|EAI_AGAIN|name or service not known/i.test(detail)) {
      return new ConnectionError(
        `Unable to establish connection to ${origin}: host name not found (${detail})`,
        "dns",
      );
    }
    if (
      stage === "body" ||
      /reset|closed before|connection lost|broken pipe|ECONNRESET|EPIPE/i.test(detail)
    ) {
      return new ConnectionError(
        `Connection to ${origin} was lost before the response was complete: ${detail}`,
        "reset",
      );
    }
    return new ConnectionError(`Unable to establish connection to ${origin}: ${detail}`, "other");
  }

  private async traceRequest(
    method: string,
    url: string,
    headers: Record<string, string>,
    json: unknown,
    binary = false,
  ): Promise<void> {
    const parts = ["REQ: curl -g -i"];
    if (this.opts.curlTlsFlags) parts.push(this.opts.curlTlsFlags);
    parts.push("-X", method, url.includes("?") ? `"${url}"` : url);
    for (const [k, v] of Object.entries(headers).sort(([a], [b]) => (a < b ? -1 : 1))) {
      parts.push(`-H "${k}: ${await redactHeader(k, v)}"`);
    }
    if (json !== undefined) parts.push(`-d '${JSON.stringify(redactJson(json))}'`);
    else if (binary) parts.push("-d '<binary data>'");
    await this.opts.debug!(parts.join(" "));
  }

  private async traceResponse(res: Response, text: string): Promise<void> {
    const hdrs: string[] = [];
    for (const [k, v] of res.headers) {
      hdrs.push(`${k}: ${(await redactHeader(k, v)).replace(CONTROL, escapeControl)}`);
    }
    await this.opts.debug!(`RESP: [${res.status}] ${hdrs.join(" ")}`);
    let shown = text;
    const type = res.headers.get("content-type") ?? "";
    if (type.includes("x-www-form-urlencoded")) {
      // keystoneauth's words; an OAuth token answer holds its secret
      shown = `Omitted, Content-Type is set to ${type}. ` +
        "Only application/json, text/plain responses have their bodies logged.";
    } else if (type.includes("json")) {
      try {
        shown = JSON.stringify(redactJson(JSON.parse(text)));
      } catch {
        // show the raw text below
      }
    }
    await this.opts.debug!(`RESP BODY: ${shown.replace(CONTROL, escapeControl)}`);
  }
}

export class TimeoutError extends Error {
  constructor(url: string, ms: number) {
    super(`Timed out after ${ms / 1000} s waiting for ${safeOrigin(url)}`);
    this.name = "TimeoutError";
  }
}

/** A failed fetch, and whether it failed before or after the response headers. */
class SendError extends Error {
  constructor(override readonly cause: unknown, readonly stage: "connect" | "body") {
    super("request failed");
    this.name = "SendError";
  }
}

/** The backoff before retry `attempt` (0-based), for a random number r in [0, 1). */
export function backoffMs(attempt: number, r: number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return Math.round(ceiling * (0.5 + r / 2));
}

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(
  value: string | null,
  wallClock: () => number = Date.now,
): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d{1,9}$/.test(v)) return Number(v) * 1000;
  if (!/^[A-Za-z]{3}, /.test(v)) return undefined;
  const at = Date.parse(v);
  if (!Number.isFinite(at)) return undefined;
  return Math.max(0, at - wallClock());
}

function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * The useful words of a fetch failure. Deno says "fetch failed" and puts the
 * reason in `cause` ("error sending request for url (...): client error
 * (Connect): tcp connect error: Connection refused (os error 111)"); the URL
 * part is dropped (the caller names the endpoint, without the query).
 */
export function fetchErrorDetail(e: unknown): string {
  const parts: string[] = [];
  let cur: unknown = e;
  for (let depth = 0; cur !== undefined && cur !== null && depth < 5; depth++) {
    const msg = cur instanceof Error ? cur.message : String(cur);
    if (msg) parts.push(firstLine(msg));
    cur = cur instanceof Error ? cur.cause : undefined;
  }
  const useful = parts.filter((p) => !/^(fetch failed|TypeError: fetch failed)$/i.test(p));
  const text = (useful.at(-1) ?? parts[0] ?? "unknown error")
    .replace(/error sending request for url \([^)]*\):\s*/i, "")
    .replace(/client error \((Connect|SendRequest)\):\s*/i, "")
    .replace(/https?:\/\/\S+/g, (u) => safeOrigin(u.replace(/[),]+$/, "")))
    .trim();
  return text || "unknown error";
}

/**
 * The body of a success. Where JSON was asked for, anything else is a
 * BadResponseError naming URL, status, content type and request id — never
 * the body itself (it may be an HTML page, or hold a token).
 */
function parseBody(
  res: Response,
  text: string,
  url: string,
  method: string,
  expectJson: boolean,
): unknown {
  const contentType = res.headers.get("content-type");
  const id = requestId(res.headers);
  const where = `${safeOrigin(url)} (HTTP ${res.status})` + (id ? ` (Request-ID: ${id})` : "");
  if (text.trim() === "") {
    // A GET that succeeds has a representation; other methods may answer with none (202, 204).
    if (expectJson && method === "GET" && res.status !== 204 && res.status !== 205) {
      throw new BadResponseError(`Empty response from ${where} where JSON was expected`);
    }
    return undefined;
  }
  if (expectJson || contentType?.includes("json") || /^\s*[[{]/.test(text)) {
    try {
      return parseJson(text);
    } catch {
      const what = contentType && !contentType.includes("json")
        ? `${contentType.split(";")[0]} instead of JSON`
        : /^\s*[[{]/.test(text)
        ? "invalid or truncated JSON"
        : "invalid JSON";
      throw new BadResponseError(`Unexpected response from ${where}: ${what}`);
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

/**
 * JSON.parse that keeps integers beyond 2^53 exact, as python's json does (Neutron's IPv6
 * total_ips is 2^64 - 1): those become bigints. The reviver runs only when the text holds
 * a run of 16 digits, so ordinary answers parse at full speed.
 */
export function parseJson(text: string): unknown {
  if (!/\d{16}/.test(text)) return JSON.parse(text);
  return JSON.parse(
    text,
    (_key, value, context?: { source?: string }) =>
      typeof value === "number" && !Number.isSafeInteger(value) &&
        /^-?\d+$/.test(context?.source ?? "")
        ? BigInt(context!.source!)
        : value,
  );
}
