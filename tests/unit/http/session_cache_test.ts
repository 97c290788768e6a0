/**
 * The token cache through the whole CLI, in-process: run() with real fetch and
 * real files (temp XDG dirs) against the fake cloud, asserting the exact
 * requests the cloud saw — cold, warm, after a revoked token, with the cache off.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { type FakeCloud, startFakeCloud } from "../../fake_cloud/server.ts";
import { CIRROS_IMAGE_ID, defaultDataset, type FakeDataset } from "../../fake_cloud/datasets.ts";
import { run } from "../../../src/cli/run.ts";
import { registry } from "../../../src/registry.gen.ts";
import { realDeps } from "../../../src/deps.ts";
import { fakeDeps } from "../../helpers/fake_deps.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };
const SENTINEL_PASSWORD = "SENTINEL-pw-1c9e77a0-must-never-be-on-disk";

interface Env {
  dir: string;
  env: Record<string, string>;
}

async function setup(cloud: FakeCloud): Promise<Env> {
  const dir = await Deno.makeTempDir({ prefix: "osc-session-cache-test-" });
  await Deno.writeTextFile(`${dir}/clouds.yaml`, cloud.cloudsYaml(), { mode: 0o600 });
  return {
    dir,
    env: {
      HOME: dir,
      XDG_CACHE_HOME: `${dir}/cache`,
      XDG_CONFIG_HOME: `${dir}/config`,
      OS_CLIENT_CONFIG_FILE: `${dir}/clouds.yaml`,
      OS_CLOUD: "admin",
    },
  };
}

async function cli(
  e: Env,
  argv: string[] = ["server", "list"],
  extra: Record<string, string> = {},
) {
  const c = fakeDeps({ env: { ...e.env, ...extra }, fetch: globalThis.fetch });
  c.deps.fs = realDeps().fs;
  c.deps.makeFetch = () => globalThis.fetch;
  const code = await run(argv, c.deps, registry);
  return { code, out: c.stdout(), err: c.stderr() };
}

async function withCloud(
  fn: (cloud: FakeCloud, e: Env) => Promise<void>,
  o: Parameters<typeof startFakeCloud>[0] = {},
) {
  const cloud = await startFakeCloud(o);
  const e = await setup(cloud);
  try {
    await fn(cloud, e);
  } finally {
    await cloud.close();
    await Deno.remove(e.dir, { recursive: true });
  }
}

/** "METHOD /path" of every request since the last clear. */
function seen(cloud: FakeCloud): string[] {
  const out = cloud.requests.map((r) => `${r.method} ${r.path}`);
  cloud.clearRequests();
  return out;
}

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (d: string) => {
    try {
      for await (const x of Deno.readDir(d)) {
        if (x.isDirectory) await walk(`${d}/${x.name}`);
        else out.push(`${d}/${x.name}`);
      }
    } catch (err) {
      if (!(err instanceof Deno.errors.NotFound)) throw err;
    }
  };
  await walk(dir);
  return out;
}

const AUTH = "POST /identity/v3/auth/tokens";
const VERSION_DOC = "GET /compute/v2.1/";
const SERVERS = "GET /compute/v2.1/servers/detail";
const IMAGE = `GET /image/v2/images/${CIRROS_IMAGE_ID}`;

Deno.test({
  name: "server list: cold = auth, version doc, servers, image; warm = 2 requests",
  ...opts,
}, () =>
  withCloud(async (cloud, e) => {
    const cold = await cli(e);
    strictEqual(cold.code, 0, cold.err);
    ok(cold.out.includes("server-1"), cold.out);
    deepStrictEqual(seen(cloud), [AUTH, VERSION_DOC, SERVERS, IMAGE]);

    const warm = await cli(e);
    strictEqual(warm.code, 0, warm.err);
    strictEqual(warm.out, cold.out);
    const reqs = cloud.requests.slice();
    deepStrictEqual(seen(cloud), [SERVERS, IMAGE]);
    ok(reqs.length <= 3);
    // the cached negotiation still applies: the fake's highest microversion
    strictEqual(reqs[0].headers["openstack-api-version"], "compute 2.93");

    // other output options change nothing about the requests
    for (const argv of [["-f", "json"], ["--long"], ["-c", "Name"], ["--name", "server-1"]]) {
      const r = await cli(e, ["server", "list", ...argv]);
      strictEqual(r.code, 0, r.err);
      const got = seen(cloud);
      strictEqual(got.filter((x) => x === AUTH || x === VERSION_DOC).length, 0, got.join("\n"));
      ok(got.length <= 3, got.join("\n"));
    }
  }));

Deno.test(
  { name: "-n: warm run makes exactly one request", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      strictEqual((await cli(e)).code, 0);
      seen(cloud);
      const r = await cli(e, ["server", "list", "-n"]);
      strictEqual(r.code, 0, r.err);
      deepStrictEqual(seen(cloud), [SERVERS]);
    }),
);

Deno.test(
  { name: "a pinned microversion makes no discovery request, cold or warm", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      const pin = { OS_COMPUTE_API_VERSION: "2.1" };
      strictEqual((await cli(e, ["server", "list"], pin)).code, 0);
      // 2.1 has no embedded flavor: one GET per flavor on the page, beside the image GET
      const flavor = "GET /compute/v2.1/flavors/1";
      const cold = seen(cloud);
      deepStrictEqual(cold.slice(0, 2), [AUTH, SERVERS]);
      deepStrictEqual(cold.slice(2).sort(), [flavor, IMAGE].sort());
      strictEqual((await cli(e, ["server", "list"], pin)).code, 0);
      const warm = seen(cloud);
      deepStrictEqual([warm[0], ...warm.slice(1).sort()], [SERVERS, ...[flavor, IMAGE].sort()]);
    }),
);

Deno.test(
  { name: "a revoked cached token: one re-authentication, one retry", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      strictEqual((await cli(e)).code, 0);
      const first = cloud.requests.find((r) => r.path.endsWith("/servers/detail"))!;
      const oldToken = first.headers["x-auth-token"];
      cloud.revokeToken(oldToken);
      seen(cloud);

      const r = await cli(e);
      strictEqual(r.code, 0, r.err);
      const reqs = cloud.requests.slice();
      deepStrictEqual(seen(cloud), [SERVERS, AUTH, SERVERS, IMAGE]);
      strictEqual(reqs[0].headers["x-auth-token"], oldToken);
      const newToken = reqs[2].headers["x-auth-token"];
      ok(newToken && newToken !== oldToken);
      strictEqual(reqs[3].headers["x-auth-token"], newToken);

      // the new token was cached
      strictEqual((await cli(e)).code, 0);
      deepStrictEqual(seen(cloud), [SERVERS, IMAGE]);
      strictEqual(cloud.requests.length, 0);
    }),
);

Deno.test(
  { name: "a token refused right after authenticating is not retried", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      // every servers/detail is refused: cold run authenticates once, gets 401, stops
      const r = await cli(e, ["server", "list", "--os-no-token-cache"]);
      strictEqual(r.code, 1);
      deepStrictEqual(seen(cloud), [AUTH, VERSION_DOC, SERVERS]);
    }, {
      intercept: (req) =>
        new URL(req.url).pathname.endsWith("/servers/detail")
          ? new Response(JSON.stringify({ error: { code: 401, message: "nope" } }), {
            status: 401,
            headers: { "content-type": "application/json" },
          })
          : undefined,
    }),
);

Deno.test({ name: "a cached token refused twice: one re-auth, then the error", ...opts }, () => {
  let refuse = false;
  return withCloud(async (cloud, e) => {
    strictEqual((await cli(e)).code, 0);
    seen(cloud);
    refuse = true;
    const r = await cli(e);
    strictEqual(r.code, 1);
    deepStrictEqual(seen(cloud), [SERVERS, AUTH, SERVERS]);
  }, {
    intercept: (req) =>
      refuse && new URL(req.url).pathname.endsWith("/servers/detail")
        ? new Response(JSON.stringify({ error: { code: 401, message: "nope" } }), {
          status: 401,
          headers: { "content-type": "application/json" },
        })
        : undefined,
  });
});

Deno.test(
  { name: "opt-out: --os-no-token-cache and OS_TOKEN_CACHE=0 write nothing", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      for (
        const [argv, env] of [
          [["server", "list", "--os-no-token-cache"], {}],
          [["server", "list"], { OS_TOKEN_CACHE: "0" }],
          [["--os-no-token-cache", "server", "list"], { OS_TOKEN_CACHE: "1" }],
        ] as [string[], Record<string, string>][]
      ) {
        for (let i = 0; i < 2; i++) {
          const r = await cli(e, argv, env);
          strictEqual(r.code, 0, r.err);
          deepStrictEqual(seen(cloud), [AUTH, VERSION_DOC, SERVERS, IMAGE], argv.join(" "));
        }
        deepStrictEqual(await files(e.dir), [`${e.dir}/clouds.yaml`]);
      }
      // and a cache written earlier is not read either
      strictEqual((await cli(e)).code, 0);
      seen(cloud);
      strictEqual((await cli(e, ["server", "list", "--os-no-token-cache"])).code, 0);
      deepStrictEqual(seen(cloud), [AUTH, VERSION_DOC, SERVERS, IMAGE]);
    }),
);

Deno.test(
  { name: "a token about to expire (TTL < 60 s margin) is not reused", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      strictEqual((await cli(e)).code, 0);
      seen(cloud);
      strictEqual((await cli(e)).code, 0);
      // re-authenticated; version documents are renewed with the token
      deepStrictEqual(seen(cloud), [AUTH, VERSION_DOC, SERVERS, IMAGE]);
    }, { tokenTtlSeconds: 45 }),
);

Deno.test({ name: "an expired token (issued two hours ago) is not reused", ...opts }, () => {
  let skew = -2 * 3600_000;
  return withCloud(async (cloud, e) => {
    strictEqual((await cli(e)).code, 0);
    seen(cloud);
    skew = 0;
    strictEqual((await cli(e)).code, 0);
    deepStrictEqual(seen(cloud), [AUTH, VERSION_DOC, SERVERS, IMAGE]);
  }, { now: () => Date.now() + skew, tokenTtlSeconds: 3600 + 60 });
});

Deno.test(
  { name: "a corrupt cache file is a miss and is replaced", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      strictEqual((await cli(e)).code, 0);
      seen(cloud);
      const tokenFile = (await files(`${e.dir}/cache`))[0];
      for (const junk of ["", "{", '{"v":1,"iv":"AAAA","data":"AAAA"}', "\u0000".repeat(100)]) {
        await Deno.writeTextFile(tokenFile, junk);
        const r = await cli(e);
        strictEqual(r.code, 0, r.err);
        strictEqual(r.err, "");
        deepStrictEqual(seen(cloud), [AUTH, SERVERS, IMAGE].toSpliced(1, 0, VERSION_DOC));
      }
      strictEqual((await cli(e)).code, 0);
      deepStrictEqual(seen(cloud), [SERVERS, IMAGE]);
    }),
);

Deno.test(
  { name: "what is on disk: 0700/0600, no password, token or catalog in clear", ...opts },
  () => {
    const ds: FakeDataset = defaultDataset();
    ds.users = ds.users.map((u) => u.name === "admin" ? { ...u, password: SENTINEL_PASSWORD } : u);
    return withCloud(async (cloud, e) => {
      const r = await cli(e);
      strictEqual(r.code, 0, r.err);
      const token = cloud.requests.find((x) => x.headers["x-auth-token"])!.headers["x-auth-token"];
      ok(token.length > 100);
      const all = await files(e.dir);
      strictEqual(all.length, 3, all.join(" "));
      const cacheDir = `${e.dir}/cache/openstack-deno`;
      const keyDir = `${e.dir}/config/openstack-deno`;
      strictEqual((await Deno.stat(cacheDir)).mode! & 0o777, 0o700);
      strictEqual((await Deno.stat(keyDir)).mode! & 0o777, 0o700);
      for (const f of all.filter((f) => !f.endsWith("clouds.yaml"))) {
        strictEqual((await Deno.stat(f)).mode! & 0o777, 0o600, f);
        const bytes = new TextDecoder("latin1").decode(await Deno.readFile(f));
        for (
          const s of [SENTINEL_PASSWORD, token, token.slice(20, 60), cloud.url, "compute", "admin"]
        ) {
          ok(!bytes.includes(s), `${s} in clear in ${f}`);
          ok(!f.includes(s), `${s} in the name ${f}`);
        }
      }
    }, { dataset: ds });
  },
);

Deno.test(
  { name: "a password change in clouds.yaml never reuses the old token", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      strictEqual((await cli(e)).code, 0);
      seen(cloud);
      const yaml = await Deno.readTextFile(e.env.OS_CLIENT_CONFIG_FILE);
      await Deno.writeTextFile(
        e.env.OS_CLIENT_CONFIG_FILE,
        yaml.replace("password: admin", "password: wrong"),
      );
      const r = await cli(e);
      strictEqual(r.code, 1, "the old token must not be used with a wrong password");
      deepStrictEqual(seen(cloud), [AUTH]);
      // demo and admin have separate entries
      strictEqual((await cli(e, ["server", "list"], { OS_CLOUD: "demo" })).code, 0);
      deepStrictEqual(seen(cloud), [AUTH, VERSION_DOC, SERVERS, IMAGE]);
      await Deno.writeTextFile(e.env.OS_CLIENT_CONFIG_FILE, yaml);
      strictEqual((await cli(e)).code, 0);
      deepStrictEqual(seen(cloud), [SERVERS, IMAGE]);
    }),
);

Deno.test(
  { name: "--debug says where the token came from", ...opts },
  () =>
    withCloud(async (_cloud, e) => {
      await cli(e);
      const r = await cli(e, ["server", "list", "--debug"]);
      ok(/token cache: hit/.test(r.err), r.err);
    }),
);

Deno.test(
  { name: "racing processes: all succeed, the cache stays readable", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      const { runOurs, baseEnv } = await import("../../helpers/cli.ts");
      const env = baseEnv({ ...e.env, OS_CLIENT_CONFIG_FILE: e.env.OS_CLIENT_CONFIG_FILE });
      for (let round = 0; round < 2; round++) {
        const outs = await Promise.all(
          Array.from(
            { length: 6 },
            () => runOurs(["server", "list", "-f", "value", "-c", "Name"], env),
          ),
        );
        for (const o of outs) {
          strictEqual(o.code, 0, o.stderr);
          strictEqual(o.stdout, "server-3\nserver-2\nserver-1\n");
        }
      }
      // at worst every first-round process authenticated; the second round reused a token
      const auths = seen(cloud).filter((x) => x === AUTH).length;
      ok(auths >= 1 && auths <= 6, `${auths} authentications`);
      strictEqual((await files(`${e.dir}/cache`)).filter((f) => f.endsWith(".tmp")).length, 0);
      strictEqual((await cli(e)).code, 0);
      deepStrictEqual(seen(cloud), [SERVERS, IMAGE]);
    }),
);

Deno.test(
  { name: "racing sessions in one process: one file, readable", ...opts },
  () =>
    withCloud(async (cloud, e) => {
      const outs = await Promise.all(Array.from({ length: 10 }, () => cli(e)));
      for (const o of outs) strictEqual(o.code, 0, o.err);
      seen(cloud);
      strictEqual((await files(`${e.dir}/cache`)).length, 1);
      strictEqual((await cli(e)).code, 0);
      deepStrictEqual(seen(cloud), [SERVERS, IMAGE]);
    }),
);
