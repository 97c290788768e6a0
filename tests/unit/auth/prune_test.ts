/** Old token-cache files are removed after a login; nothing else is touched. */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { PRUNE_ENTRY_MS, PRUNE_LEFTOVER_MS, TokenCache } from "../../../src/auth/token_cache.ts";
import { realDeps } from "../../../src/deps.ts";
import type { ResolvedCloud } from "../../../src/config/types.ts";

const fs = realDeps().fs;
const cloud: ResolvedCloud = {
  authType: "password",
  auth: { auth_url: "http://127.0.0.1:5000/v3", username: "u", password: "p", project_id: "x" },
  interface: "public",
  verify: true,
  endpointOverrides: {},
  apiVersions: {},
  files: [],
};

Deno.test("prune: week-old entries and hour-old leftovers go, the rest stays", async () => {
  const dir = await Deno.makeTempDir({ prefix: "osc-prune-test-" });
  try {
    const env = { HOME: dir, XDG_CACHE_HOME: `${dir}/cache`, XDG_CONFIG_HOME: `${dir}/config` };
    const c = TokenCache.open(cloud, { fs, env })!;
    ok(
      await c.save({
        token: "t",
        expiresAt: new Date(Date.now() + 3600_000).toISOString(),
        catalog: [],
      }),
    );
    const mine = (await c.file())!.split("/").pop()!;
    const cacheDir = `${dir}/cache/openstack-deno`;
    const now = Date.now();
    const files: Record<string, number> = {
      [`${"a".repeat(64)}.token`]: now - PRUNE_ENTRY_MS - 60_000, // old identity: goes
      [`${"b".repeat(64)}.token`]: now - PRUNE_ENTRY_MS + 3600_000, // six days old: stays
      [`${"c".repeat(64)}.token.1234.tmp`]: now - PRUNE_LEFTOVER_MS - 60_000, // goes
      [`${"c".repeat(64)}.token.5678.tmp`]: now - 1000, // a write in progress: stays
      [`${"d".repeat(64)}.lock`]: now - PRUNE_LEFTOVER_MS - 60_000, // goes
      [`${"e".repeat(64)}.lock`]: now - 1000, // a login in progress: stays
      "notes.txt": now - 10 * PRUNE_ENTRY_MS, // not ours: stays
    };
    for (const [name, mtime] of Object.entries(files)) {
      await Deno.writeTextFile(`${cacheDir}/${name}`, "x");
      await Deno.utime(`${cacheDir}/${name}`, mtime / 1000, mtime / 1000);
    }
    strictEqual(await c.prune(), 3);
    const left = [];
    for await (const e of Deno.readDir(cacheDir)) left.push(e.name);
    deepStrictEqual(
      left.sort(),
      [
        mine,
        `${"b".repeat(64)}.token`,
        `${"c".repeat(64)}.token.5678.tmp`,
        `${"e".repeat(64)}.lock`,
        "notes.txt",
      ].sort(),
    );
    ok(await c.load(), "this identity's entry is still good");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("prune: a missing cache directory is nothing to do", async () => {
  const dir = await Deno.makeTempDir({ prefix: "osc-prune-test-" });
  try {
    const env = { HOME: dir, XDG_CACHE_HOME: `${dir}/nowhere`, XDG_CONFIG_HOME: `${dir}/config` };
    strictEqual(await TokenCache.open(cloud, { fs, env })!.prune(), 0);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
