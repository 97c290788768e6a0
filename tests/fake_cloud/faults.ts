/**
 * Fault injection for the fake cloud: rules that pick requests (method, path,
 * which occurrence) and break them (an error status, an HTML page, a truncated
 * or empty body, a connection reset mid-body, no answer at all, a revoked
 * token, a rewritten JSON body).
 *
 *   const plan = faultPlan(
 *     { method: "GET", path: /\/servers\/detail/, times: 2, fault: status(503) },
 *   );
 *   const cloud = await startFakeCloud({ faults: plan });
 *   ...
 *   plan.injected // how many faults were injected
 */
import type { FaultHooks, FaultInfo } from "./server.ts";

type Json = Record<string, unknown>;

export type Fault =
  /** Answer with this status (and body, by default a JSON error in Nova's shape). */
  | {
    kind: "status";
    status: number;
    body?: string;
    contentType?: string;
    headers?: Record<string, string>;
  }
  /** An HTML error page, as a proxy or load balancer sends. */
  | { kind: "html"; status: number }
  /** The fake's own answer, cut after `keep` of its bytes (default: half). */
  | { kind: "truncate"; keep?: number }
  /** The fake's status and headers, with an empty body. */
  | { kind: "empty" }
  /** Send part of the fake's answer, then drop the connection. */
  | { kind: "reset"; afterBytes?: number }
  /** Never answer (until the cloud closes, or holdMs, default 60 s). */
  | { kind: "hang"; holdMs?: number }
  /** Revoke the token the request carries, then let the fake answer (401). */
  | { kind: "revoke-token" }
  /** Rewrite the fake's JSON answer (return undefined to keep it). */
  | {
    kind: "json";
    fn: (body: unknown, info: FaultInfo, res: Response) => unknown;
    status?: number;
    headers?: Record<string, string>;
  }
  /** Replace the answer with whatever this returns (full control). */
  | { kind: "custom"; fn: (res: Response, info: FaultInfo) => Response | Promise<Response> };

export interface FaultRule {
  /** Methods to match (default: any). */
  method?: string | string[];
  /** Matched against the path (region prefix removed, no query); string = substring. */
  path?: RegExp | string;
  /** Skip this many matching requests before injecting (default 0). */
  after?: number;
  /** Inject into at most this many matching requests (default: all). */
  times?: number;
  fault: Fault;
}

export interface FaultPlan extends FaultHooks {
  /** Faults injected so far. */
  readonly injected: number;
  /** Injected faults, by kind ("status:503", "reset", ...). */
  readonly log: string[];
  /** Set by the test, for faults that need the cloud (revoke-token). */
  revoke?: (token: string) => void;
  /** While true, no rule applies and nothing is counted (e.g. while warming a cache). */
  paused: boolean;
}

export const status = (
  code: number,
  opts: { body?: string; contentType?: string; headers?: Record<string, string> } = {},
): Fault => ({ kind: "status", status: code, ...opts });
export const html = (code: number): Fault => ({ kind: "html", status: code });
export const truncate = (keep?: number): Fault => ({ kind: "truncate", keep });
export const empty = (): Fault => ({ kind: "empty" });
export const reset = (afterBytes?: number): Fault => ({ kind: "reset", afterBytes });
export const hang = (holdMs?: number): Fault => ({ kind: "hang", holdMs });
export const revokeToken = (): Fault => ({ kind: "revoke-token" });
export const mutateJson = (fn: (body: unknown, info: FaultInfo) => unknown): Fault => ({
  kind: "json",
  fn,
});

const REASON: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  409: "Conflict",
  429: "Too Many Requests",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

function matches(rule: FaultRule, info: FaultInfo): boolean {
  if (rule.method !== undefined) {
    const ms = Array.isArray(rule.method) ? rule.method : [rule.method];
    if (!ms.includes(info.method)) return false;
  }
  if (rule.path !== undefined) {
    if (
      typeof rule.path === "string" ? !info.path.includes(rule.path) : !rule.path.test(info.path)
    ) {
      return false;
    }
  }
  return true;
}

let requestCounter = 0;

/** A JSON error body in Nova's shape, with a request id header. */
function errorResponse(f: Extract<Fault, { kind: "status" }>): Response {
  const reason = REASON[f.status] ?? "Error";
  const id = `req-fault-${(++requestCounter).toString().padStart(8, "0")}`;
  const headers = new Headers({
    "content-type": f.contentType ?? "application/json",
    "x-openstack-request-id": id,
    ...f.headers,
  });
  const body = f.body ??
    JSON.stringify({ fault: { code: f.status, message: `Injected fault: ${reason}` } });
  return new Response(f.status === 204 ? null : body, { status: f.status, headers });
}

function htmlPage(code: number): Response {
  const reason = REASON[code] ?? "Error";
  return new Response(
    `<!DOCTYPE html>\n<html><head><title>${code} ${reason}</title></head>\n` +
      `<body><center><h1>${code} ${reason}</h1></center><hr><center>nginx</center>\n` +
      `<pre>\n  at Proxy.handle (/srv/proxy.js:12:3)\n</pre></body></html>\n`,
    { status: code, headers: { "content-type": "text/html" } },
  );
}

function copyHeaders(res: Response, drop: string[] = []): Headers {
  const h = new Headers();
  res.headers.forEach((v, k) => {
    if (!drop.includes(k)) h.set(k, v);
  });
  return h;
}

export function faultPlan(...rules: FaultRule[]): FaultPlan {
  const seen = rules.map(() => 0);
  const hanging = new Set<() => void>();
  const log: string[] = [];
  // The rule that applies to this request, counted once per request.
  const picked = new WeakMap<Request, FaultRule | undefined>();
  const pick = (req: Request, info: FaultInfo): FaultRule | undefined => {
    if (picked.has(req)) return picked.get(req);
    if (plan.paused) {
      picked.set(req, undefined);
      return undefined;
    }
    let found: FaultRule | undefined;
    rules.forEach((r, i) => {
      if (found || !matches(r, info)) return;
      const n = seen[i]++;
      if (n < (r.after ?? 0)) return;
      if (r.times !== undefined && n >= (r.after ?? 0) + r.times) return;
      found = r;
    });
    picked.set(req, found);
    if (found) {
      log.push(found.fault.kind === "status" ? `status:${found.fault.status}` : found.fault.kind);
    }
    return found;
  };

  const plan: FaultPlan = {
    get injected() {
      return log.length;
    },
    log,
    paused: false,
    before(req, info) {
      const rule = pick(req, info);
      if (!rule) return undefined;
      const f = rule.fault;
      switch (f.kind) {
        case "status":
          return errorResponse(f);
        case "html":
          return htmlPage(f.status);
        case "hang":
          // Held until the plan closes (cloud.close()) or `holdMs` passes.
          return new Promise<Response>((resolve) => {
            const release = () => {
              clearTimeout(timer);
              hanging.delete(release);
              resolve(new Response("released", { status: 503 }));
            };
            const timer = setTimeout(release, f.holdMs ?? 60_000);
            hanging.add(release);
          });
        case "revoke-token": {
          const tok = req.headers.get("x-auth-token");
          if (tok) plan.revoke?.(tok);
          return undefined;
        }
        default:
          return undefined;
      }
    },
    async after(res, req, info) {
      const rule = pick(req, info);
      if (!rule) return res;
      const f = rule.fault;
      switch (f.kind) {
        case "truncate": {
          const bytes = new Uint8Array(await res.arrayBuffer());
          const keep = f.keep ?? Math.floor(bytes.length / 2);
          return new Response(bytes.subarray(0, keep), {
            status: res.status,
            headers: copyHeaders(res, ["content-length"]),
          });
        }
        case "empty":
          await res.body?.cancel();
          return new Response(null, {
            status: res.status,
            headers: copyHeaders(res, ["content-length"]),
          });
        case "reset": {
          const bytes = new Uint8Array(await res.arrayBuffer());
          const cut = f.afterBytes ?? Math.min(64, Math.floor(bytes.length / 2));
          // Announce the whole length, send part of it, end the stream: the
          // server then drops the connection with the body incomplete.
          const stream = new ReadableStream<Uint8Array>({
            start(c) {
              c.enqueue(bytes.subarray(0, cut));
              c.close();
            },
          });
          const headers = copyHeaders(res, ["content-length"]);
          headers.set("content-length", String(bytes.length));
          return new Response(stream, { status: res.status, headers });
        }
        case "json": {
          const text = await res.text();
          let body: unknown;
          try {
            body = JSON.parse(text);
          } catch {
            body = text;
          }
          const out = f.fn(body, info, res);
          const headers = copyHeaders(res, ["content-length"]);
          for (const [k, v] of Object.entries(f.headers ?? {})) headers.set(k, v);
          return new Response(
            out === undefined ? text : typeof out === "string" ? out : JSON.stringify(out),
            { status: f.status ?? res.status, headers },
          );
        }
        case "custom":
          return await f.fn(res, info);
        default:
          return res;
      }
    },
    close() {
      for (const release of [...hanging]) release();
    },
  };
  return plan;
}

/** A loopback port nothing listens on (bound, then closed). */
export function closedPort(): number {
  const l = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const port = (l.addr as Deno.NetAddr).port;
  l.close();
  return port;
}

/** Removes a service type from the catalog of every token the fake issues. */
export function withoutService(type: string): FaultRule {
  return {
    method: "POST",
    path: "/identity/v3/auth/tokens",
    fault: mutateJson((body) => {
      const b = body as { token?: { catalog?: Json[] } };
      if (b?.token?.catalog) b.token.catalog = b.token.catalog.filter((s) => s.type !== type);
      return b;
    }),
  };
}
