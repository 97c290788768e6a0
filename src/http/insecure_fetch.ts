/**
 * fetch without certificate verification, for --insecure. Deno's fetch cannot
 * skip verification per request, so this goes through node:https, loaded only
 * when --insecure is given (it costs ~50 ms of start-up).
 */
export async function insecureFetch(
  input: RequestInfo | URL,
  init?: RequestInit,
): Promise<Response> {
  const https = await import("node:https");
  const http = await import("node:http");
  const url = new URL(input instanceof Request ? input.url : String(input));
  const mod = url.protocol === "https:" ? https : http;
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((v, k) => (headers[k] = v));
  const body = typeof init?.body === "string" ? init.body : undefined;
  return await new Promise<Response>((resolve, reject) => {
    const req = mod.request(url, {
      method: init?.method ?? "GET",
      headers,
      rejectUnauthorized: false,
    }, (res) => {
      const chunks: Uint8Array[] = [];
      let ended = false;
      res.on("data", (c: Uint8Array) => chunks.push(c));
      // A connection dropped mid-body ends with "close" and no "end".
      res.on("close", () => {
        if (!ended) reject(new Error("connection closed before the response was complete"));
      });
      res.on("end", () => {
        ended = true;
        const h = new Headers();
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) h.set(k, Array.isArray(v) ? v.join(", ") : v);
        }
        const total = chunks.reduce((n, c) => n + c.length, 0);
        const buf = new Uint8Array(total);
        let off = 0;
        for (const c of chunks) {
          buf.set(c, off);
          off += c.length;
        }
        const status = res.statusCode ?? 500;
        resolve(
          new Response(status === 204 || status === 304 ? null : buf, { status, headers: h }),
        );
      });
      res.on(
        "error",
        (e: Error) =>
          reject(new Error(`connection lost while reading the response (${e.message})`)),
      );
    });
    req.on("error", reject);
    if (init?.signal?.aborted) return reject(init.signal.reason ?? new Error("aborted"));
    init?.signal?.addEventListener("abort", () => req.destroy(new Error("aborted")));
    if (body) req.write(body);
    req.end();
  });
}
