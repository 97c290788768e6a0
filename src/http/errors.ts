/** Errors raised by the HTTP layer, worded like the python client's. */
import { CliError } from "../cli/errors.ts";

export class HttpError extends CliError {
  constructor(
    readonly status: number,
    readonly apiMessage: string,
    readonly requestId: string | undefined,
    readonly url: string,
  ) {
    super(
      `${apiMessage} (HTTP ${status})` + (requestId ? ` (Request-ID: ${requestId})` : ""),
      1,
    );
    this.name = "HttpError";
  }
}

/** Network-level failure (refused, reset, timeout, TLS). */
export class ConnectionError extends CliError {
  constructor(message: string) {
    super(message, 1);
    this.name = "ConnectionError";
  }
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
  const line = s.replace(/\s*\n\s*/g, " ").trim();
  return line.length > 500 ? line.slice(0, 497) + "..." : line;
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
