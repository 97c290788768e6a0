/**
 * The retry policy of the HTTP client, in process against the fake cloud with
 * the sleep hook recording every wait (no real waiting): which methods and
 * failures are retried, how often, after how long.
 */
import { deepStrictEqual, ok, rejects, strictEqual } from "node:assert";
import {
  BACKOFF_BASE_MS,
  BACKOFF_CAP_MS,
  backoffMs,
  HttpClient,
  type HttpClientOptions,
  MAX_RETRY_AFTER_MS,
  retryAfterMs,
} from "../../src/http/client.ts";
import { BadResponseError, ConnectionError, HttpError } from "../../src/http/errors.ts";
import { closedPort, faultPlan, type FaultRule, hang, status } from "../fake_cloud/faults.ts";
import { startFakeCloud } from "../fake_cloud/server.ts";
import { prng } from "./helpers.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };

async function withClient(
  rules: FaultRule[],
  fn: (c: HttpClient, base: string, waits: number[], seen: () => string[]) => Promise<void>,
  extra: Partial<HttpClientOptions> = {},
) {
  const plan = faultPlan(...rules);
  const cloud = await startFakeCloud({ faults: plan });
  const waits: number[] = [];
  const client = new HttpClient({
    fetch: globalThis.fetch,
    now: () => performance.now(),
    retries: 2,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: prng(1),
    ...extra,
  });
  try {
    await fn(
      client,
      cloud.url,
      waits,
      () => cloud.requests.map((r) => `${r.method} ${r.path}`),
    );
  } finally {
    await cloud.close();
  }
}

const X = "/compute/v2.1/x";

for (const method of ["GET", "HEAD"]) {
  for (const code of [500, 502, 503, 504, 429]) {
    Deno.test(
      { name: `${method} ${code}: 2 retries with backoff, then the error`, ...opts },
      () =>
        withClient([{ fault: status(code) }], async (c, base, waits, seen) => {
          const e = await c.request(base + X, { method }).catch((e) => e);
          ok(e instanceof HttpError && e.status === code, String(e));
          strictEqual(seen().length, 3);
          strictEqual(waits.length, 2);
          ok(waits[0] >= BACKOFF_BASE_MS / 2 && waits[0] <= BACKOFF_BASE_MS, `${waits}`);
          ok(waits[1] >= BACKOFF_BASE_MS && waits[1] <= 2 * BACKOFF_BASE_MS, `${waits}`);
        }),
    );
  }
}

for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
  for (const code of [500, 502, 503, 504, 429]) {
    Deno.test(
      { name: `${method} ${code}: not retried`, ...opts },
      () =>
        withClient([{ fault: status(code) }], async (c, base, waits, seen) => {
          await rejects(c.request(base + X, { method, json: { a: 1 } }), HttpError);
          deepStrictEqual(seen(), [`${method} ${X}`]);
          strictEqual(waits.length, 0);
        }),
    );
  }
}

Deno.test({ name: "GET 503 then 200: one retry, the body returned", ...opts }, () =>
  withClient(
    [{ path: "/compute/v2.1/", times: 1, fault: status(503) }],
    async (c, base, waits) => {
      const res = await c.request(base + "/compute/v2.1/");
      strictEqual(res.status, 200);
      strictEqual(waits.length, 1);
    },
  ));

Deno.test(
  { name: "Retry-After: seconds and HTTP dates honoured up to the limit", ...opts },
  async () => {
    await withClient(
      [{ times: 1, fault: status(429, { headers: { "retry-after": "7" } }) }],
      async (c, base, waits) => {
        strictEqual((await c.request(base + "/compute/v2.1/")).status, 200);
        deepStrictEqual(waits, [7000]);
      },
    );
    const date = new Date(Date.now() + 12_000).toUTCString();
    await withClient(
      [{ times: 1, fault: status(503, { headers: { "retry-after": date } }) }],
      async (c, base, waits) => {
        strictEqual((await c.request(base + "/compute/v2.1/")).status, 200);
        ok(waits[0] > 9_000 && waits[0] <= 12_000, `${waits}`);
      },
    );
    await withClient(
      [{
        fault: status(429, { headers: { "retry-after": String(MAX_RETRY_AFTER_MS / 1000 + 1) } }),
      }],
      async (c, base, waits, seen) => {
        const e = await c.request(base + "/compute/v2.1/").catch((e) => e);
        ok(e instanceof HttpError && /retry after 31 s/.test(e.message), String(e));
        strictEqual(seen().length, 1, "not waited for");
        strictEqual(waits.length, 0);
      },
    );
    // garbage is ignored: the normal backoff applies
    for (const v of ["soon", "-5", "1e9", "99999999999"]) {
      strictEqual(retryAfterMs(v), undefined, v);
    }
  },
);

Deno.test("backoff: exponential, capped, jittered to [50%, 100%]", () => {
  const r = prng(42);
  for (let attempt = 0; attempt < 10; attempt++) {
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
    for (let i = 0; i < 200; i++) {
      const ms = backoffMs(attempt, r());
      ok(ms >= ceiling / 2 && ms <= ceiling, `${attempt}: ${ms}`);
    }
  }
  strictEqual(backoffMs(0, 0), 125);
  strictEqual(backoffMs(20, 0.999999), BACKOFF_CAP_MS);
});

Deno.test(
  { name: "connection refused: retried for every method (never sent)", ...opts },
  async () => {
    for (const method of ["GET", "POST", "DELETE"]) {
      const waits: number[] = [];
      const c = new HttpClient({
        fetch: globalThis.fetch,
        now: () => performance.now(),
        retries: 2,
        sleep: (ms) => Promise.resolve(void waits.push(ms)),
      });
      const e = await c.request(`http://127.0.0.1:${closedPort()}/v3/auth/tokens`, { method })
        .catch(
          (e) => e,
        );
      ok(e instanceof ConnectionError && e.kind === "refused", String(e));
      strictEqual(waits.length, 2, method);
    }
  },
);

Deno.test(
  { name: "timeout: per attempt, not retried", ...opts },
  () =>
    withClient([{ fault: hang(5_000) }], async (c, base, waits, seen) => {
      const t0 = performance.now();
      const e = await c.request(base + X).catch((e) => e);
      ok(e instanceof ConnectionError && e.kind === "timeout", String(e));
      ok(performance.now() - t0 < 2_000);
      strictEqual(seen().length, 1);
      strictEqual(waits.length, 0);
    }, { timeoutMs: 200 }),
);

Deno.test({ name: "an abort (Ctrl-C) ends a backoff wait at once", ...opts }, async () => {
  const ac = new AbortController();
  const plan = faultPlan({ fault: status(503) });
  const cloud = await startFakeCloud({ faults: plan });
  try {
    const c = new HttpClient({
      fetch: globalThis.fetch,
      now: () => performance.now(),
      retries: 5,
      signal: ac.signal,
      random: () => 0.999,
    });
    setTimeout(() => ac.abort(new Error("interrupted")), 300);
    const t0 = performance.now();
    await rejects(c.request(cloud.url + X), /interrupted/);
    ok(performance.now() - t0 < 1_000, "the ~1.75 s of backoff did not run out");
  } finally {
    await cloud.close();
  }
});

Deno.test(
  { name: "a 2xx that is not JSON: BadResponseError, body never quoted", ...opts },
  async () => {
    const plan = faultPlan({
      path: X,
      fault: status(200, { body: "token=gAAAAAsecret <html>", contentType: "text/plain" }),
    });
    const cloud = await startFakeCloud({ faults: plan });
    try {
      const c = new HttpClient({ fetch: globalThis.fetch, now: () => performance.now() });
      const e = await c.request(cloud.url + X).catch((e) => e);
      ok(e instanceof BadResponseError, String(e));
      ok(!e.message.includes("secret"), e.message);
      // a 202/204 with no body is fine for a method other than GET
      const p = faultPlan({ path: X, fault: status(204) });
      const cloud2 = await startFakeCloud({ faults: p });
      try {
        const res = await c.request(cloud2.url + X, { method: "DELETE" });
        strictEqual(res.body, undefined);
      } finally {
        await cloud2.close();
      }
    } finally {
      await cloud.close();
    }
  },
);
