/**
 * Concurrency and crash safety of the token cache, as observable from outside:
 * 50 CLI processes at once sharing one XDG_CACHE_HOME/XDG_CONFIG_HOME against
 * the fake cloud (authentications counted in its request log), leftovers of a
 * process that died between writing and renaming, a torn cache file.
 *
 * Written against the behaviour the token cache promises (src/auth/
 * token_cache.ts): one encrypted file per identity under
 * $XDG_CACHE_HOME/openstack-deno/, the key in $XDG_CONFIG_HOME/openstack-deno/,
 * temp file + rename for every write, anything unreadable is a miss.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import type { FakeCloud } from "../fake_cloud/server.ts";
import {
  assertNoLeakInFiles,
  filesUnder,
  type Outcome,
  passwordEnv,
  printFigure,
  runOurs,
  type Sandbox,
  sandbox,
  startSentinelCloud,
} from "./helpers.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };
const N = Number(Deno.env.get("CONCURRENCY") ?? 50);
const LIST = ["server", "list", "-f", "value", "-c", "Name"];
const EXPECTED = "server-3\nserver-2\nserver-1\n";

const auths = (cloud: FakeCloud) =>
  cloud.requests.filter((r) => r.method === "POST" && r.path.endsWith("/auth/tokens")).length;

async function withSetup(
  fn: (cloud: FakeCloud, box: Sandbox, env: Record<string, string>) => Promise<void>,
) {
  // a little latency widens the race windows
  const cloud = await startSentinelCloud({ latencyMs: 5 });
  const box = await sandbox();
  try {
    await fn(cloud, box, { ...box.env, ...passwordEnv(cloud) });
  } finally {
    await cloud.close();
    await box.cleanup();
  }
}

/** The cache's files: entries (.token), leftovers (.tmp), the key. */
async function cacheState(box: Sandbox) {
  const cache = await filesUnder(`${box.dir}/cache`);
  const config = await filesUnder(`${box.dir}/config`);
  return {
    tokens: cache.filter((f) => f.endsWith(".token")),
    tmp: [...cache, ...config].filter((f) => f.endsWith(".tmp")),
    keys: config.filter((f) => f.endsWith("cache.key")),
  };
}

/** Every entry is a complete JSON wrapper (never torn), files 0600, directory 0700. */
async function assertCacheHealthy(box: Sandbox) {
  const s = await cacheState(box);
  strictEqual(s.tokens.length, 1, `one entry: ${s.tokens.join(", ")}`);
  strictEqual(s.keys.length, 1);
  for (const f of [...s.tokens, ...s.keys]) {
    strictEqual((await Deno.stat(f)).mode! & 0o777, 0o600, f);
  }
  strictEqual((await Deno.stat(`${box.dir}/cache/openstack-deno`)).mode! & 0o777, 0o700);
  for (const f of s.tokens) {
    const w = JSON.parse(await Deno.readTextFile(f));
    ok(typeof w.iv === "string" && typeof w.data === "string" && w.v === 1, f);
  }
  return s;
}

function assertAllOk(outs: Outcome[]) {
  const bad = outs.filter((o) => o.code !== 0 || o.stdout !== EXPECTED || o.stderr !== "");
  strictEqual(bad.length, 0, bad.slice(0, 3).map((o) => `${o.code} ${o.stderr}`).join("\n"));
}

Deno.test(
  { name: `concurrency: ${N} processes on a cold cache`, ...opts },
  () =>
    withSetup(async (cloud, box, env) => {
      const t0 = performance.now();
      const outs = await Promise.all(Array.from({ length: N }, () => runOurs(LIST, env)));
      const ms = Math.round(performance.now() - t0);
      assertAllOk(outs);
      const cold = auths(cloud);
      // one process logs in, the others wait for its entry; a slow start may add a few
      ok(
        cold >= 1 && cold <= 3,
        `at most a few duplicate authentications on a cold cache (${cold})`,
      );
      const s = await assertCacheHealthy(box);
      strictEqual(s.tmp.length, 0, `no temp files left: ${s.tmp.join(", ")}`);
      await assertNoLeakInFiles(box, cloud.issuedTokens());
      // the cache the race left behind is usable
      cloud.clearRequests();
      const after = await runOurs(LIST, env);
      strictEqual(after.code, 0, after.stderr);
      strictEqual(auths(cloud), 0, "the next run uses the cache");
      printFigure(`cold cache: ${N} concurrent runs, all exit 0, authentications`, cold);
      printFigure(`cold cache: ${N} concurrent runs, wall ms`, ms);
    }),
);

Deno.test(
  { name: `concurrency: ${N} processes on a warm cache`, ...opts },
  () =>
    withSetup(async (cloud, box, env) => {
      const warm = await runOurs(LIST, env);
      strictEqual(warm.code, 0, warm.stderr);
      cloud.clearRequests();
      const before = (await cacheState(box)).tokens;
      const outs = await Promise.all(Array.from({ length: N }, () => runOurs(LIST, env)));
      assertAllOk(outs);
      const n = auths(cloud);
      ok(n <= 2, `at most a few duplicate authentications on a warm cache (${n})`);
      const s = await assertCacheHealthy(box);
      deepStrictEqual(s.tokens, before);
      strictEqual(s.tmp.length, 0);
      printFigure(`warm cache: ${N} concurrent runs, all exit 0, authentications`, n);
    }),
);

Deno.test(
  { name: "crash between write and rename: the old entry is still used", ...opts },
  () =>
    withSetup(async (cloud, box, env) => {
      strictEqual((await runOurs(LIST, env)).code, 0);
      const { tokens, keys } = await cacheState(box);
      const entry = await Deno.readTextFile(tokens[0]);
      // What a process killed mid-write leaves: half-written temp files beside the entry and the key.
      await Deno.writeTextFile(`${tokens[0]}.${crypto.randomUUID()}.tmp`, entry.slice(0, 40), {
        mode: 0o600,
      });
      await Deno.writeTextFile(`${keys[0]}.${crypto.randomUUID()}.tmp`, "AAAA", { mode: 0o600 });
      cloud.clearRequests();
      const out = await runOurs(LIST, env);
      strictEqual(out.code, 0, out.stderr);
      strictEqual(out.stdout, EXPECTED);
      strictEqual(out.stderr, "");
      strictEqual(auths(cloud), 0, "the old entry was used");
      strictEqual(await Deno.readTextFile(tokens[0]), entry, "and left as it was");
    }),
);

Deno.test(
  { name: "a torn cache entry is a miss, replaced by a good one", ...opts },
  () =>
    withSetup(async (cloud, box, env) => {
      strictEqual((await runOurs(LIST, env)).code, 0);
      const { tokens } = await cacheState(box);
      const entry = await Deno.readTextFile(tokens[0]);
      for (const junk of [entry.slice(0, entry.length / 2), "", "\u0000".repeat(100), "{}"]) {
        await Deno.writeTextFile(tokens[0], junk);
        cloud.clearRequests();
        const out = await runOurs(LIST, env);
        strictEqual(out.code, 0, out.stderr);
        strictEqual(out.stderr, "");
        strictEqual(auths(cloud), 1, "one authentication");
        await assertCacheHealthy(box);
      }
    }),
);

Deno.test(
  { name: "a damaged key file: a miss, never an error", ...opts },
  () =>
    withSetup(async (cloud, box, env) => {
      strictEqual((await runOurs(LIST, env)).code, 0);
      const { keys } = await cacheState(box);
      await Deno.writeTextFile(keys[0], "not base64 at all\n");
      cloud.clearRequests();
      const out = await runOurs(LIST, env);
      strictEqual(out.code, 0, out.stderr);
      strictEqual(out.stderr, "");
      ok(auths(cloud) <= 1);
    }),
);

Deno.test(
  { name: "a login lock left by a killed process does not block the next run", ...opts },
  () =>
    withSetup(async (cloud, box, env) => {
      strictEqual((await runOurs(LIST, env)).code, 0);
      const { tokens } = await cacheState(box);
      // what a process killed during its login leaves: no entry, a lock from a minute ago
      await Deno.remove(tokens[0]);
      const lock = tokens[0].replace(/\.token$/, ".lock");
      await Deno.writeTextFile(lock, `${Date.now() - 60_000}\n`, { mode: 0o600 });
      cloud.clearRequests();
      const t0 = performance.now();
      const out = await runOurs(LIST, env);
      const ms = performance.now() - t0;
      strictEqual(out.code, 0, out.stderr);
      strictEqual(out.stdout, EXPECTED);
      strictEqual(auths(cloud), 1, "it logs in itself");
      ok(ms < 4000, `without waiting for the dead process (${Math.round(ms)} ms)`);
      strictEqual(
        (await filesUnder(`${box.dir}/cache`)).filter((f) => f.endsWith(".lock")).length,
        0,
      );
      await assertCacheHealthy(box);
    }),
);
