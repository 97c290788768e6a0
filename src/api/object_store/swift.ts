/**
 * Swift (object-store v1) the way python-openstackclient's own
 * `openstackclient/api/object_store_v1.py` talks to it: keystoneauth's session,
 * no openstacksdk. URLs are the catalog endpoint (the account's URL) plus the
 * quoted container and object names; errors read as keystoneauth's
 * ("Not Found (HTTP 404) (Request-ID: tx…)"); no Accept header is sent.
 */
import type { Context } from "../../context.ts";
import type { HttpResponse, Query } from "../../http/client.ts";
import { HttpError } from "../../http/errors.ts";
import type { ServiceClient } from "../../http/service.ts";
import type { ByteStream } from "../../kit/binary.ts";

export interface Swift {
  readonly client: ServiceClient;
  /** The account: the last segment of the endpoint's path (AUTH_<project id>). */
  readonly account: string;
}

export async function swift(ctx: Context): Promise<Swift> {
  const client = await ctx.service("object-store");
  return { client, account: accountOf(client.endpoint) };
}

/** `urlparse(endpoint).path.split('/')[-1]`. */
export function accountOf(endpoint: string): string {
  const path = endpoint.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, "").replace(/[?#].*$/, "");
  return path.split("/").at(-1) ?? "";
}

/** `urllib.parse.quote(s)`: UTF-8, everything but letters, digits, `_.-~` and `/` escaped. */
export function quote(s: string): string {
  return encodeURIComponent(s).replaceAll("%2F", "/").replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The path of a container, or of an object in it, as python builds it. */
export function swiftPath(container: string, object?: string): string {
  return object === undefined ? quote(container) : `${quote(container)}/${quote(object)}`;
}

/** keystoneauth's HttpError class messages, by status. */
const KSA_MESSAGES: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  402: "Payment Required",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  407: "Proxy Authentication Required",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  411: "Length Required",
  412: "Precondition Failed",
  413: "Request Entity Too Large",
  414: "Request-URI Too Long",
  415: "Unsupported Media Type",
  416: "Requested Range Not Satisfiable",
  417: "Expectation Failed",
  422: "Unprocessable Entity",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
  505: "HTTP Version Not Supported",
};

/**
 * keystoneauth's message for an error status: its class message (Swift's
 * errors are HTML or plain text, which keystoneauth keeps as details only), or
 * the JSON body's error.message when there is one.
 */
export function ksaMessage(status: number, body?: { contentType: string | null; text: string }) {
  if (body?.contentType?.startsWith("application/json")) {
    try {
      const parsed = JSON.parse(body.text) as { error?: { message?: unknown } };
      const m = parsed?.error?.message;
      if (typeof m === "string" && m) return m;
    } catch {
      // not JSON after all: the class message
    }
  }
  return KSA_MESSAGES[status] ??
    (status >= 500 ? "HTTP Server Error" : status >= 400 ? "HTTP Client Error" : "HTTP Error");
}

function reworded(e: unknown): unknown {
  if (!(e instanceof HttpError)) return e;
  const ours = `${e.apiMessage} (HTTP ${e.status})` +
    (e.requestId ? ` (Request-ID: ${e.requestId})` : "");
  // a retry note ("; gave up after 3 attempts") stays
  const note = e.message.startsWith(ours) ? e.message.slice(ours.length).replace(/^; /, "") : "";
  return new HttpError(
    e.status,
    ksaMessage(e.status, e.body),
    e.requestId,
    e.url,
    note || undefined,
    e.body,
  );
}

export interface SwiftRequest {
  method?: string;
  headers?: Record<string, string>;
  query?: Query;
  body?: ByteStream;
  stream?: boolean;
}

/**
 * One request to `path` under the account (python: the endpoint without its
 * trailing slashes, then "/" and the path without its leading ones; the
 * endpoint itself for "").
 */
export async function swiftRequest(
  s: Swift,
  path: string,
  o: SwiftRequest = {},
): Promise<HttpResponse> {
  const base = s.client.endpoint.replace(/\/+$/, "");
  const url = path ? `${base}/${path.replace(/^\/+/, "")}` : base;
  try {
    return await s.client.request(url, {
      method: o.method ?? "GET",
      headers: { Accept: null, ...o.headers },
      query: o.query,
      body: o.body,
      contentType: null,
      expectJson: false,
      stream: o.stream,
    });
  } catch (e) {
    throw reworded(e);
  }
}

/** A listing entry (a container, an object, or a `subdir` rolled up by a delimiter). */
export type Entry = Record<string, unknown>;

/** GET with format=json; python's BaseAPI.list: the JSON, else nothing to list (a 204). */
async function listing(s: Swift, path: string, query: Query): Promise<Entry[]> {
  const res = await swiftRequest(s, path, { query: { format: "json", ...query } });
  return Array.isArray(res.body) ? res.body as Entry[] : [];
}

export interface ListQuery {
  limit?: number;
  marker?: string;
  endMarker?: string;
  prefix?: string;
  delimiter?: string;
  /** Follow markers to the end (python's full_listing). */
  all?: boolean;
}

/**
 * python's container_list / object_list: one GET (format, limit, marker,
 * end_marker, prefix, delimiter in that order), or with `all` one GET after
 * another from the last entry's name (or subdir) until one comes back empty.
 */
export async function swiftList(s: Swift, path: string, q: ListQuery): Promise<Entry[]> {
  const page = (marker?: string) =>
    listing(s, path, {
      limit: q.limit || undefined,
      marker: marker || undefined,
      end_marker: q.endMarker || undefined,
      prefix: q.prefix || undefined,
      delimiter: q.delimiter || undefined,
    });
  if (!q.all) return await page(q.marker);
  const data: Entry[] = [];
  let next = await page(q.marker);
  while (next.length) {
    data.push(...next);
    const last = next[next.length - 1];
    const marker = q.delimiter ? (last.name ?? last.subdir) : last.name;
    next = await page(String(marker));
  }
  return data;
}

/** Headers starting with `tag`, the rest of each name as the key (python's _get_properties). */
export function properties(headers: Headers, tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of headers) {
    // Swift sends the names title-cased (X-Container-Meta-Color); fetch lowercases them
    if (k.startsWith(tag)) out[pyTitle(k).slice(tag.length)] = v;
  }
  return out;
}

/** python's str.title(): a cased letter after an uncased character upper, after a cased one lower. */
export function pyTitle(s: string): string {
  let out = "";
  let prevLetter = false;
  for (const c of s) {
    const letter = /[\p{Lu}\p{Ll}\p{Lt}]/u.test(c);
    out += letter ? (prevLetter ? c.toLowerCase() : c.toUpperCase()) : c;
    prevLetter = letter;
  }
  return out;
}
