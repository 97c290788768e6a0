/** The token cache on its own: key derivation, files, encryption, expiry, failure = miss. */
import { deepStrictEqual, notStrictEqual, ok, strictEqual } from "node:assert";
import {
  type CachedAuth,
  cacheKey,
  cachePaths,
  EXPIRY_MARGIN_MS,
  TokenCache,
  tokenCacheEnabled,
  usable,
} from "../../../src/auth/token_cache.ts";
import { realDeps } from "../../../src/deps.ts";
import type { ResolvedCloud } from "../../../src/config/types.ts";

const PEPPER = new Uint8Array(32).fill(7);
const SENTINEL_PASSWORD = "SENTINEL-pw-7d3c0b9e-never-on-disk";
const SENTINEL_TOKEN = "gAAAAAB-SENTINEL-token-4f1a9c2e-never-on-disk";

function cloud(auth: Record<string, string> = {}, authType = "password"): ResolvedCloud {
  return {
    authType,
    auth: {
      auth_url: "http://127.0.0.1:5000/v3",
      username: "admin",
      password: SENTINEL_PASSWORD,
      project_name: "admin",
      user_domain_name: "Default",
      project_domain_name: "Default",
      ...auth,
    },
    interface: "public",
    verify: true,
    endpointOverrides: {},
    apiVersions: {},
    files: [],
  };
}

function entry(expiresInMs: number, extra: Partial<CachedAuth> = {}): CachedAuth {
  return {
    token: SENTINEL_TOKEN,
    expiresAt: new Date(Date.now() + expiresInMs).toISOString(),
    catalog: [{
      type: "compute",
      endpoints: [{ interface: "public", url: "http://sentinel-catalog.example:8774/v2.1" }],
    }],
    projectId: "p1",
    ...extra,
  };
}

async function tempHome(): Promise<{ env: Record<string, string>; dir: string }> {
  const dir = await Deno.makeTempDir({ prefix: "osc-token-cache-test-" });
  return {
    dir,
    env: { HOME: dir, XDG_CACHE_HOME: `${dir}/cache`, XDG_CONFIG_HOME: `${dir}/config` },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    try {
      for await (const e of Deno.readDir(d)) {
        if (e.isDirectory) await walk(`${d}/${e.name}`);
        else out.push(`${d}/${e.name}`);
      }
    } catch (e) {
      if (!(e instanceof Deno.errors.NotFound)) throw e;
    }
  }
  await walk(dir);
  return out.sort();
}

const fs = realDeps().fs;

Deno.test("cache key: stable for the same identity, hex SHA-256", async () => {
  const a = await cacheKey(cloud(), PEPPER);
  const b = await cacheKey(cloud(), PEPPER);
  strictEqual(a, b);
  ok(/^[0-9a-f]{64}$/.test(a!), a);
  // trailing slash on the auth URL is the same endpoint
  strictEqual(await cacheKey(cloud({ auth_url: "http://127.0.0.1:5000/v3/" }), PEPPER), a);
});

Deno.test("cache key: changes with password, user, scope, auth URL, auth type, pepper", async () => {
  const base = await cacheKey(cloud(), PEPPER);
  const variants: [string, ResolvedCloud | Uint8Array][] = [
    ["password", cloud({ password: SENTINEL_PASSWORD + "x" })],
    ["user name", cloud({ username: "demo" })],
    ["user id", cloud({ user_id: "abc" })],
    ["user domain", cloud({ user_domain_name: "Other" })],
    ["project", cloud({ project_name: "demo" })],
    ["project domain", cloud({ project_domain_name: "Other" })],
    ["project id", cloud({ project_id: "123" })],
    ["domain scope", cloud({ project_name: "", domain_name: "Default" })],
    ["system scope", cloud({ system_scope: "all" })],
    ["auth url", cloud({ auth_url: "http://127.0.0.1:5001/v3" })],
    ["token auth", cloud({ token: "t1" }, "token")],
    ["pepper", new Uint8Array(32).fill(8)],
  ];
  const seen = new Set([base]);
  for (const [what, v] of variants) {
    const k = v instanceof Uint8Array ? await cacheKey(cloud(), v) : await cacheKey(v, PEPPER);
    ok(k, what);
    ok(!seen.has(k), `${what}: key did not change`);
    seen.add(k);
  }
  // token and application credential secrets count too
  notStrictEqual(
    await cacheKey(cloud({ token: "t1" }, "token"), PEPPER),
    await cacheKey(cloud({ token: "t2" }, "token"), PEPPER),
  );
  const ac = (secret: string) =>
    cloud(
      { application_credential_id: "ac1", application_credential_secret: secret },
      "v3applicationcredential",
    );
  notStrictEqual(await cacheKey(ac("s1"), PEPPER), await cacheKey(ac("s2"), PEPPER));
});

Deno.test("cache key: none for auth types that are not cached", async () => {
  strictEqual(await cacheKey(cloud({}, "admin_token"), PEPPER), undefined);
  strictEqual(await cacheKey(cloud({}, "none"), PEPPER), undefined);
  strictEqual(TokenCache.open(cloud({}, "v3totp"), { fs, env: { HOME: "/tmp" } }), undefined);
});

Deno.test("opt-out: flag beats the variable; OS_TOKEN_CACHE=0/false/no/off", () => {
  strictEqual(tokenCacheEnabled(undefined, {}), true);
  strictEqual(tokenCacheEnabled(false, {}), false);
  for (const v of ["0", "false", "no", "off", "OFF", " 0 "]) {
    strictEqual(tokenCacheEnabled(undefined, { OS_TOKEN_CACHE: v }), false, v);
  }
  strictEqual(tokenCacheEnabled(undefined, { OS_TOKEN_CACHE: "1" }), true);
  strictEqual(tokenCacheEnabled(true, { OS_TOKEN_CACHE: "0" }), true);
});

Deno.test("paths: XDG dirs, else ~/.cache and ~/.config; key outside the cache dir", () => {
  deepStrictEqual(cachePaths({ HOME: "/home/u" }), {
    dir: "/home/u/.cache/openstack-deno",
    keyFile: "/home/u/.config/openstack-deno/cache.key",
  });
  deepStrictEqual(cachePaths({ HOME: "/home/u", XDG_CACHE_HOME: "/c", XDG_CONFIG_HOME: "/k/" }), {
    dir: "/c/openstack-deno",
    keyFile: "/k/openstack-deno/cache.key",
  });
  // relative XDG values are ignored, as the spec says
  strictEqual(cachePaths({ HOME: "/h", XDG_CACHE_HOME: "rel" })!.dir, "/h/.cache/openstack-deno");
  strictEqual(cachePaths({}), undefined);
});

Deno.test("expiry: 60 s margin", () => {
  const now = Date.parse("2030-01-01T00:00:00Z");
  const at = (ms: number) => ({ expiresAt: new Date(now + ms).toISOString() });
  strictEqual(EXPIRY_MARGIN_MS, 60_000);
  ok(usable(at(61_000), now));
  ok(!usable(at(60_000), now));
  ok(!usable(at(30_000), now));
  ok(!usable(at(-1), now));
  ok(!usable({ expiresAt: "garbage" }, now));
  ok(usable({ expiresAt: "2030-01-01T01:00:00.000000Z" }, now), "keystone's microseconds");
});

Deno.test("round trip in real files: modes 0700/0600, nothing in clear", async () => {
  const { env, dir } = await tempHome();
  try {
    const c = TokenCache.open(cloud(), { fs, env })!;
    strictEqual(await c.load(), undefined, "empty cache is a miss");
    strictEqual(await listFiles(dir).then((f) => f.length), 0, "a read creates nothing");
    ok(await c.save(entry(3600_000, { computeVersions: { "http://x/v2.1": { max: "2.93" } } })));
    const got = await TokenCache.open(cloud(), { fs, env })!.load();
    strictEqual(got?.token, SENTINEL_TOKEN);
    deepStrictEqual(got?.computeVersions, { "http://x/v2.1": { max: "2.93" } });

    const files = await listFiles(dir);
    strictEqual(files.length, 2, files.join(" "));
    const keyFile = `${env.XDG_CONFIG_HOME}/openstack-deno/cache.key`;
    ok(files.includes(keyFile));
    const tokenFile = (await c.file())!;
    ok(files.includes(tokenFile));
    ok(tokenFile.startsWith(`${env.XDG_CACHE_HOME}/openstack-deno/`));
    for (
      const d of [`${env.XDG_CACHE_HOME}/openstack-deno`, `${env.XDG_CONFIG_HOME}/openstack-deno`]
    ) {
      strictEqual((await Deno.stat(d)).mode! & 0o777, 0o700, d);
    }
    for (const f of files) strictEqual((await Deno.stat(f)).mode! & 0o777, 0o600, f);
    strictEqual((await Deno.readFile(keyFile)).length, 45, "32 bytes, base64, newline");

    const bytes = new TextDecoder("latin1").decode(await Deno.readFile(tokenFile));
    for (const secret of [SENTINEL_TOKEN, SENTINEL_PASSWORD, "sentinel-catalog", "SENTINEL"]) {
      ok(!bytes.includes(secret), `${secret} in clear in ${tokenFile}`);
      ok(!tokenFile.includes(secret));
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("a directory left 0755 is tightened to 0700", async () => {
  const { env, dir } = await tempHome();
  try {
    await Deno.mkdir(`${env.XDG_CACHE_HOME}/openstack-deno`, { recursive: true, mode: 0o755 });
    await Deno.chmod(`${env.XDG_CACHE_HOME}/openstack-deno`, 0o755);
    ok(await TokenCache.open(cloud(), { fs, env })!.save(entry(3600_000)));
    strictEqual((await Deno.stat(`${env.XDG_CACHE_HOME}/openstack-deno`)).mode! & 0o777, 0o700);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("expired or near-expiry entries are misses", async () => {
  const { env, dir } = await tempHome();
  try {
    const c = TokenCache.open(cloud(), { fs, env })!;
    for (const ms of [-3600_000, 0, 30_000, 59_000]) {
      ok(await c.save(entry(ms)));
      strictEqual(await TokenCache.open(cloud(), { fs, env })!.load(), undefined, `${ms}`);
    }
    ok(await c.save(entry(120_000)));
    ok(await TokenCache.open(cloud(), { fs, env })!.load());
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("corrupt, truncated, tampered, foreign-key and swapped entries are misses", async () => {
  const { env, dir } = await tempHome();
  try {
    const c = TokenCache.open(cloud(), { fs, env })!;
    ok(await c.save(entry(3600_000)));
    const file = (await c.file())!;
    const good = await Deno.readTextFile(file);
    const load = () => TokenCache.open(cloud(), { fs, env })!.load();
    ok(await load(), "sanity: the good file loads");

    const w = JSON.parse(good);
    const flipped = w.data[10] === "A" ? "B" : "A";
    const bad = [
      "",
      "not json",
      good.slice(0, good.length / 2),
      JSON.stringify({ ...w, v: 2 }),
      JSON.stringify({ ...w, data: w.data.slice(0, 10) + flipped + w.data.slice(11) }),
      JSON.stringify({ ...w, iv: "AAAAAAAAAAAAAAAA" }),
      "\u0000\u0001\u0002",
    ];
    for (const text of bad) {
      await Deno.writeTextFile(file, text);
      strictEqual(await load(), undefined, JSON.stringify(text.slice(0, 40)));
    }

    // the demo identity's file copied over admin's name: bound by additional data
    const demo = TokenCache.open(cloud({ username: "demo", project_name: "demo" }), { fs, env })!;
    ok(await demo.save(entry(3600_000)));
    await Deno.copyFile((await demo.file())!, file);
    strictEqual(await load(), undefined, "swapped entry");

    // a new key (another machine's cache, or the key file replaced) decrypts nothing
    await Deno.writeTextFile(file, good);
    ok(await load());
    const keyFile = `${env.XDG_CONFIG_HOME}/openstack-deno/cache.key`;
    await Deno.writeTextFile(keyFile, new Uint8Array(32).fill(1).toBase64() + "\n");
    strictEqual(await load(), undefined, "other key");

    // a key others may read is not trusted, and is replaced on the next write
    await Deno.writeTextFile(file, good);
    await Deno.chmod(keyFile, 0o644);
    strictEqual(await load(), undefined, "group-readable key");
    const again = TokenCache.open(cloud(), { fs, env })!;
    ok(await again.save(entry(3600_000)));
    strictEqual((await Deno.stat(keyFile)).mode! & 0o777, 0o600);
    ok(await load());
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("unwritable cache: save reports failure, never throws", async () => {
  const { env, dir } = await tempHome();
  try {
    await Deno.writeTextFile(`${dir}/cache`, "a file where the cache dir should be");
    const c = TokenCache.open(cloud(), { fs, env })!;
    strictEqual(await c.save(entry(3600_000)), false);
    strictEqual(await c.load(), undefined);
    await c.drop();
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("drop removes the entry", async () => {
  const { env, dir } = await tempHome();
  try {
    const c = TokenCache.open(cloud(), { fs, env })!;
    ok(await c.save(entry(3600_000)));
    await c.drop();
    strictEqual(await TokenCache.open(cloud(), { fs, env })!.load(), undefined);
    strictEqual((await listFiles(`${env.XDG_CACHE_HOME}`)).length, 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
