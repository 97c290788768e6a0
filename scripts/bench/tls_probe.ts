/**
 * What the first HTTPS request costs in a fresh Deno process, phase by phase.
 *
 *   deno run -A scripts/bench/tls_probe.ts URL CA_FILE MODE [WORK_MS]
 *
 * MODE: http (no TLS, for reference), https (as a plain client does),
 * https-prewarm (as the CLI does: an ECDSA key generation started first, so
 * aws-lc seeds its random generator on a worker thread while this one works),
 * rng (only the one-time seeding, forced on this thread: HMAC generateKey).
 * WORK_MS: main-thread work to simulate between start and the request
 * (config, token cache); default 15. Prints one JSON line of milliseconds.
 */
const [url, caFile, mode, workArg] = Deno.args;
const workMs = Number(workArg ?? 15);

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) { /* simulated start-up work */ }
}

const t0 = performance.now();
if (mode === "rng") {
  await crypto.subtle.generateKey({ name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  console.log(JSON.stringify({ mode, rngSeed: performance.now() - t0 }));
  Deno.exit(0);
}
if (mode === "https-prewarm") {
  crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, false, ["sign"]).catch(
    () => {},
  );
}
busy(workMs);
const t1 = performance.now();
let client: Deno.HttpClient | undefined;
if (mode !== "http") client = Deno.createHttpClient({ caCerts: [await Deno.readTextFile(caFile)] });
const t2 = performance.now();
const r1 = await fetch(url, client ? { client } : {});
await r1.text();
const t3 = performance.now();
const r2 = await fetch(url, client ? { client } : {});
await r2.text();
const t4 = performance.now();
console.log(JSON.stringify({
  mode,
  work: t1 - t0,
  client: t2 - t1,
  firstRequest: t3 - t2,
  secondRequest: t4 - t3,
  total: t4 - t0,
}));
