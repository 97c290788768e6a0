/** Errors raised by the HTTP layer, worded like the python client's. */
import { OscError } from "../errors.ts";

export class HttpError extends OscError {
  constructor(
    readonly status: number,
    readonly apiMessage: string,
    readonly requestId: string | undefined,
    readonly url: string,
    /** Appended after the python-style message, e.g. "after 3 attempts". */
    note?: string,
    /** The error body as sent, for libraries that word it their own way (openstacksdk's HTML). */
    readonly body?: { contentType: string | null; text: string },
  ) {
    super(
      `${apiMessage} (HTTP ${status})` + (requestId ? ` (Request-ID: ${requestId})` : "") +
        (note ? `; ${note}` : ""),
      1,
    );
    this.name = "HttpError";
  }
}

export type ConnectionFailure = "refused" | "dns" | "tls" | "timeout" | "reset" | "other";

/** Network-level failure (refused, reset, timeout, TLS). */
export class ConnectionError extends OscError {
  constructor(message: string, readonly kind: ConnectionFailure = "other") {
    super(message, 1);
    this.name = "ConnectionError";
  }
}

/** A success status with a body that is not what was asked for (HTML, truncated or empty JSON). */
export class BadResponseError extends OscError {
  constructor(message: string) {
    super(message, 1);
    this.name = "BadResponseError";
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * `body[key]` as a list of JSON objects, or a BadResponseError: a page of the
 * wrong shape must never become rows of garbage (or a crash further on).
 */
export function listOfObjects<T>(body: unknown, key: string, service: string): T[] {
  const list = isObject(body) ? body[key] : undefined;
  if (!Array.isArray(list) || !list.every(isObject)) {
    throw new BadResponseError(
      `Malformed response from the ${service} service: "${key}" is not a list of objects`,
    );
  }
  return list as T[];
}

/** `body[key]` as a JSON object, or a BadResponseError. */
export function objectIn<T>(body: unknown, key: string, service: string): T {
  const v = isObject(body) ? body[key] : undefined;
  if (!isObject(v)) {
    throw new BadResponseError(
      `Malformed response from the ${service} service: "${key}" is not an object`,
    );
  }
  return v as T;
}

/**
 * The human message inside an OpenStack error body. The services disagree on
 * shape: Nova {"itemNotFound": {"message": ...}}, Keystone {"error": {"message"}},
 * Neutron {"NeutronError": {"message"}}, Glance plain text or HTML.
 */
export function apiErrorMessage(status: number, contentType: string | null, text: string): string {
  const trimmed = text.trim();
  if (contentType?.includes("json") || trimmed.startsWith("{")) {
    try {
      const body = JSON.parse(trimmed) as Record<string, unknown>;
      const found = findMessage(body);
      if (found) return found;
    } catch {
      // fall through to the text forms
    }
  }
  if (contentType?.includes("html") || /^<(!doctype|html)/i.test(trimmed)) {
    const title = /<title>([^<]*)<\/title>/i.exec(trimmed)?.[1]?.trim();
    const h1 = /<h1>([^<]*)<\/h1>/i.exec(trimmed)?.[1]?.trim();
    const stripped = trimmed.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
    return oneLine(title ?? h1 ?? stripped) || defaultReason(status);
  }
  return oneLine(trimmed) || defaultReason(status);
}

function findMessage(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const rec = body as Record<string, unknown>;
  for (const key of ["message", "faultstring", "detail"]) {
    if (typeof rec[key] === "string" && rec[key]) return oneLine(rec[key] as string);
  }
  for (const value of Object.values(rec)) {
    if (typeof value === "object" && value !== null) {
      const inner = findMessage(value);
      if (inner) return inner;
    }
  }
  return undefined;
}

function oneLine(s: string): string {
  const line = s.replace(/\s*\n\s*/g, " ").trim().replace(CONTROL, (c) => escapeControl(c));
  return line.length > 500 ? line.slice(0, 497) + "..." : line;
}

/** C0/C1 control characters (not tab): a server's text must not drive the user's terminal. */
// deno-lint-ignore no-control-regex
export const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;

export function escapeControl(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
}

/** A message's first line, safe to write to a terminal (for lines logged beside the result). */
export function logLine(text: string): string {
  return text.split("\n")[0].replace(CONTROL, escapeControl);
}

const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "The request you have made requires authentication.",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  413: "Request Entity Too Large",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

export function defaultReason(status: number): string {
  return REASONS[status] ?? `HTTP error ${status}`;
}
