/** One login per identity across processes: TokenCache.loginTurn with real files and a fake clock. */
import { ok, rejects, strictEqual } from "node:assert";
import {
  type CachedAuth,
  LOGIN_STALE_MS,
  LOGIN_WAIT_MS,
  TokenCache,
} from "../../../src/auth/token_cache.ts";
import { realDeps } from "../../../src/deps.ts";
import type { ResolvedCloud } from "../../../src/config/types.ts";

const fs = realDeps().fs;

const cloud: ResolvedCloud = {
  authType: "password",
  auth: {
    auth_url: "http://127.0.0.1:5000/v3",
    username: "admin",
    password: "pw",
    project_name: "admin",
    user_domain_name: "Default",
    project_domain_name: "Default",
  },
  interface: "public",
  verify: true,
  endpointOverrides: {},
  apiVersions: {},
  files: [],
};

const entry: CachedAuth = {
  token: "tok",
  expiresAt: new Date(Date.now() + 3600_000).toISOString(),
  catalog: [],
};

/** Two "processes" (cache objects) sharing one home, a clock that moves only when they sleep. */
async function setup() {
  const dir = await Deno.makeTempDir({ prefix: "osc-login-lock-test-" });
  const env = { HOME: dir, XDG_CACHE_HOME: `${dir}/cache`, XDG_CONFIG_HOME: `${dir}/config` };
  const clock = { t: Date.now(), sleeps: 0 };
  const sleep = (ms: number) => {
    clock.t += ms;
    clock.sleeps++;
    return new Promise<void>((r) => setTimeout(r, 1));
  };
  const open = (signal?: AbortSignal) =>
    TokenCache.open(cloud, { fs, env, now: () => clock.t, sleep, signal })!;
  const lockFiles = async () => {
    const out: string[] = [];
    for await (const e of Deno.readDir(`${dir}/cache/openstack-deno`)) {
      if (e.name.endsWith(".lock")) out.push(`${dir}/cache/openstack-deno/${e.name}`);
    }
    return out;
  };
  return { dir, clock, open, lockFiles, cleanup: () => Deno.remove(dir, { recursive: true }) };
}

Deno.test("login lock: the first process gets the turn, the second gets its entry", async () => {
  const s = await setup();
  try {
    const [a, b] = [s.open(), s.open()];
    const first = await a.loginTurn();
    ok("release" in first);
    strictEqual((await s.lockFiles()).length, 1);
    const waiting = b.loginTurn();
    // it reaches its first wait after a few file operations: slow on a loaded machine
    for (let i = 0; i < 500 && s.clock.sleeps === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    ok(s.clock.sleeps > 0, "the second process waits");
    ok(await a.save(entry));
    await first.release();
    const second = await waiting;
    ok("entry" in second, "the second process uses the first one's login");
    strictEqual(second.entry.token, "tok");
    strictEqual((await s.lockFiles()).length, 0, "the lock is gone");
  } finally {
    await s.cleanup();
  }
});

Deno.test("login lock: a failed login releases the turn to the next process", async () => {
  const s = await setup();
  try {
    const [a, b] = [s.open(), s.open()];
    const first = await a.loginTurn();
    ok("release" in first);
    const waiting = b.loginTurn();
    await first.release(); // e.g. a wrong password: nothing saved
    const second = await waiting;
    ok("release" in second, "the next process logs in itself");
    await second.release();
  } finally {
    await s.cleanup();
  }
});

Deno.test("login lock: a dead process's lock is taken over once stale", async () => {
  const s = await setup();
  try {
    const first = await s.open().loginTurn(); // never released: the process died
    ok("release" in first);
    const t0 = s.clock.t;
    const second = await s.open().loginTurn();
    ok("release" in second, "taken over");
    const waited = s.clock.t - t0;
    ok(waited > LOGIN_STALE_MS && waited < LOGIN_WAIT_MS, `${waited} ms`);
    strictEqual((await s.lockFiles()).length, 1, "one lock, the new holder's");
    await second.release();
    strictEqual((await s.lockFiles()).length, 0);
  } finally {
    await s.cleanup();
  }
});

Deno.test("login lock: nobody waits longer than LOGIN_WAIT_MS for a live holder", async () => {
  const s = await setup();
  try {
    const first = await s.open().loginTurn();
    ok("release" in first);
    const t0 = s.clock.t;
    const late = s.open();
    // the holder keeps its lock fresh (a slow but live login): rewrite its timestamp as time passes
    const lock = (await s.lockFiles())[0];
    const keepAlive = setInterval(() => {
      Deno.writeTextFileSync(`${lock}.tmp`, `${s.clock.t}\n`);
      Deno.renameSync(`${lock}.tmp`, lock);
    }, 1);
    try {
      const second = await late.loginTurn();
      ok("release" in second, "gives up waiting and logs in");
      const waited = s.clock.t - t0;
      ok(waited >= LOGIN_WAIT_MS && waited < LOGIN_WAIT_MS + 1000, `${waited} ms`);
      strictEqual((await s.lockFiles()).length, 1, "the holder's lock is left alone");
    } finally {
      clearInterval(keepAlive);
    }
  } finally {
    await s.cleanup();
  }
});

Deno.test("login lock: Ctrl-C while waiting stops the wait", async () => {
  const s = await setup();
  try {
    ok("release" in await s.open().loginTurn());
    const ctl = new AbortController();
    const waiting = s.open(ctl.signal).loginTurn();
    ctl.abort(new Error("interrupted"));
    await rejects(waiting, /interrupted/);
  } finally {
    await s.cleanup();
  }
});
