/**
 * Secrets: sentinel values (password, every token the cloud issues, an
 * application credential secret, a TOTP passcode) used across many paths —
 * success in every output format, --debug, --timing, a warm token cache,
 * HTTP errors, configuration errors — as subprocesses with their own XDG
 * dirs. No sentinel may appear in stdout, stderr (the --debug trace
 * included) or, in clear, in any file written under XDG_CACHE_HOME or
 * XDG_CONFIG_HOME.
 *
 * Also: config files holding a password and readable by group or others get
 * a warning on stderr (never a failure), naming the file, not the secret.
 */
import { ok, strictEqual } from "node:assert";
import { faultPlan, status } from "../fake_cloud/faults.ts";
import type { FakeCloud } from "../fake_cloud/server.ts";
import {
  assertNoLeak,
  assertNoLeakInFiles,
  figures,
  type Outcome,
  passwordEnv,
  printFigure,
  runOurs,
  type Sandbox,
  sandbox,
  SENTINEL,
  sentinelCloudsYaml,
  startSentinelCloud,
} from "./helpers.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };
const LIST = ["server", "list"];
let runs = 0;

interface Scenario {
  name: string;
  argv: string[];
  /** Environment on top of the sandbox's. */
  env: (cloud: FakeCloud, box: Sandbox) => Record<string, string> | Promise<Record<string, string>>;
  expect: number;
  /** Runs before (same sandbox): e.g. warm the cache. */
  before?: (cloud: FakeCloud, box: Sandbox, env: Record<string, string>) => Promise<void>;
  check?: (out: Outcome) => void;
}

async function writeConfig(box: Sandbox, name: string, text: string, mode = 0o600) {
  const path = `${box.dir}/${name}`;
  await Deno.writeTextFile(path, text, { mode });
  await Deno.chmod(path, mode);
  return path;
}

const viaCloudsYaml =
  (cloudName = "sentinel", extra = "") => async (cloud: FakeCloud, box: Sandbox) => ({
    OS_CLIENT_CONFIG_FILE: await writeConfig(box, "clouds.yaml", sentinelCloudsYaml(cloud, extra)),
    OS_CLOUD: cloudName,
  });

const FORMATS = [
  ["-f", "table"],
  ["-f", "json"],
  ["-f", "yaml"],
  ["-f", "value"],
  ["-f", "csv"],
  ["--long"],
];

const scenarios: Scenario[] = [
  // ---- success, every output format, plain and --debug
  ...FORMATS.flatMap((f): Scenario[] =>
    [false, true].map((debug) => ({
      name: `password (env) ${f.join(" ")}${debug ? " --debug" : ""}`,
      argv: [...LIST, ...f, ...(debug ? ["--debug"] : [])],
      env: (cloud) => passwordEnv(cloud),
      expect: 0,
    }))
  ),
  {
    name: "password (env) --timing --debug",
    argv: [...LIST, "--timing", "--debug"],
    env: (cloud) => passwordEnv(cloud),
    expect: 0,
  },
  {
    name: "password on the command line --debug",
    argv: [...LIST, "--debug", "--os-password", SENTINEL.password],
    env: (cloud) => ({ ...passwordEnv(cloud), OS_PASSWORD: "" }),
    expect: 0,
  },
  {
    name: "clouds.yaml password --debug",
    argv: [...LIST, "--debug"],
    env: viaCloudsYaml(),
    expect: 0,
  },
  {
    name: "password in secure.yaml --debug",
    argv: [...LIST, "--debug"],
    env: async (cloud, box) => {
      const clouds = sentinelCloudsYaml(cloud).replace(/ {6}password: .*\n/, "");
      return {
        OS_CLIENT_CONFIG_FILE: await writeConfig(box, "clouds.yaml", clouds),
        OS_CLIENT_SECURE_FILE: await writeConfig(
          box,
          "secure.yaml",
          `clouds:\n  sentinel:\n    auth:\n      password: "${SENTINEL.password}"\n`,
        ),
        OS_CLOUD: "sentinel",
      };
    },
    expect: 0,
  },
  {
    name: "application credential --debug",
    argv: [...LIST, "--debug"],
    env: viaCloudsYaml("appcred"),
    expect: 0,
    check: (out) => ok(out.stdout.includes("demo-server-1"), out.stderr.slice(-500)),
  },
  {
    name: "token auth (OS_TOKEN) --debug",
    argv: [...LIST, "--debug"],
    env: (cloud) => ({
      OS_AUTH_URL: cloud.authUrl,
      OS_TOKEN: cloud.issueToken("admin"),
      OS_PROJECT_NAME: "admin",
      OS_PROJECT_DOMAIN_NAME: "Default",
    }),
    expect: 0,
  },
  {
    name: "warm token cache --debug",
    argv: [...LIST, "--debug"],
    env: (cloud) => passwordEnv(cloud),
    before: async (_cloud, _box, env) => {
      const warm = await runOurs(LIST, env);
      strictEqual(warm.code, 0, warm.stderr);
    },
    expect: 0,
    check: (out) => ok(out.stderr.includes("token cache: hit"), "the cached token was used"),
  },
  // ---- errors
  {
    name: "wrong password --debug",
    argv: [...LIST, "--debug"],
    env: (cloud) => ({ ...passwordEnv(cloud), OS_PASSWORD: SENTINEL.password + "-wrong" }),
    expect: 1,
  },
  {
    name: "TOTP passcode (v3totp) --debug",
    argv: [...LIST, "--debug", "--os-auth-type", "v3totp"],
    env: (cloud) => ({ ...passwordEnv(cloud), OS_PASSWORD: "", OS_PASSCODE: SENTINEL.totp }),
    expect: 1,
  },
  {
    name: "TOTP passcode in clouds.yaml",
    argv: LIST,
    env: async (cloud, box) => ({
      OS_CLIENT_CONFIG_FILE: await writeConfig(
        box,
        "clouds.yaml",
        `clouds:\n  totp:\n    auth_type: v3totp\n    auth:\n      auth_url: ${cloud.authUrl}\n` +
          `      username: admin\n      user_domain_name: Default\n      passcode: "${SENTINEL.totp}"\n`,
      ),
      OS_CLOUD: "totp",
    }),
    expect: 1,
  },
  {
    name: "HTTP 500 on the listing --debug",
    argv: [...LIST, "--debug"],
    env: (cloud) => passwordEnv(cloud),
    expect: 1,
  },
  {
    name: "missing user domain (config error) --debug",
    argv: [...LIST, "--debug", "--os-auth-type", "v3password"],
    env: (cloud) => ({ ...passwordEnv(cloud), OS_USER_DOMAIN_NAME: "" }),
    expect: 1,
  },
  {
    name: "unknown cloud name",
    argv: [...LIST, "--os-cloud", "nope"],
    env: viaCloudsYaml(),
    expect: 1,
  },
  {
    name: "YAML error on the password line",
    argv: LIST,
    env: async (cloud, box) => ({
      OS_CLIENT_CONFIG_FILE: await writeConfig(
        box,
        "clouds.yaml",
        sentinelCloudsYaml(cloud).replace(
          `password: "${SENTINEL.password}"`,
          `password: "${SENTINEL.password}`,
        ),
      ),
      OS_CLOUD: "sentinel",
    }),
    expect: 1,
  },
  {
    name: "YAML error: password as a tag",
    argv: LIST,
    env: async (cloud, box) => ({
      OS_CLIENT_CONFIG_FILE: await writeConfig(
        box,
        "clouds.yaml",
        sentinelCloudsYaml(cloud).replace(
          `password: "${SENTINEL.password}"`,
          `password: !<${SENTINEL.password}> x`,
        ),
      ),
      OS_CLOUD: "sentinel",
    }),
    expect: 1,
  },
  {
    name: "secure.yaml broken at the password",
    argv: LIST,
    env: async (cloud, box) => ({
      OS_CLIENT_CONFIG_FILE: await writeConfig(box, "clouds.yaml", sentinelCloudsYaml(cloud)),
      OS_CLIENT_SECURE_FILE: await writeConfig(
        box,
        "secure.yaml",
        `clouds:\n  sentinel:\n    auth:\n      password: *${SENTINEL.password}\n`,
      ),
      OS_CLOUD: "sentinel",
    }),
    expect: 1,
  },
  {
    name: "password of the wrong type",
    argv: LIST,
    env: async (cloud, box) => ({
      OS_CLIENT_CONFIG_FILE: await writeConfig(
        box,
        "clouds.yaml",
        sentinelCloudsYaml(cloud).replace(
          `password: "${SENTINEL.password}"`,
          `password: ["${SENTINEL.password}"]`,
        ),
      ),
      OS_CLOUD: "sentinel",
    }),
    expect: 1,
  },
  {
    name: "bad api_timeout next to the password",
    argv: LIST,
    env: viaCloudsYaml("sentinel", "    api_timeout: soon"),
    expect: 1,
  },
  {
    name: "connection refused --debug",
    argv: [...LIST, "--debug"],
    env: (cloud) => ({ ...passwordEnv(cloud), OS_AUTH_URL: "http://127.0.0.1:9/identity/v3" }),
    expect: 1,
  },
];

async function runScenario(s: Scenario) {
  const plan = faultPlan(
    ...(s.name.startsWith("HTTP 500")
      ? [{ method: "GET", path: /servers\/detail$/, fault: status(500) }]
      : []),
  );
  const cloud = await startSentinelCloud({ faults: plan });
  const box = await sandbox();
  try {
    const env = { ...box.env, ...(await s.env(cloud, box)) };
    if (s.before) await s.before(cloud, box, env);
    const out = await runOurs(s.argv, env);
    runs++;
    strictEqual(out.code, s.expect, `${s.name}: ${out.stderr.slice(-1500)}`);
    s.check?.(out);
    const tokens = cloud.issuedTokens();
    ok(tokens.every((t) => t.startsWith(SENTINEL.tokenPrefix)));
    assertNoLeak(out, s.name, tokens);
    await assertNoLeakInFiles(box, tokens);
  } finally {
    await cloud.close();
    await box.cleanup();
  }
}

// Run in small parallel batches: each scenario is its own cloud and sandbox.
const BATCH = 6;
for (let i = 0; i < scenarios.length; i += BATCH) {
  const batch = scenarios.slice(i, i + BATCH);
  Deno.test({
    name: `secrets: ${batch.map((s) => s.name).join(" | ")}`,
    ...opts,
  }, async () => {
    const results = await Promise.allSettled(batch.map(runScenario));
    const failed = results.flatMap((r, j) =>
      r.status === "rejected" ? [`${batch[j].name}: ${r.reason}`] : []
    );
    strictEqual(failed.length, 0, failed.join("\n\n"));
  });
}

// ---- permissions of files holding a password ---------------------------------------------

async function permissionRun(
  files: { name: string; text: (cloud: FakeCloud) => string; mode: number }[],
) {
  const cloud = await startSentinelCloud();
  const box = await sandbox();
  try {
    const env: Record<string, string> = { ...box.env, OS_CLOUD: "sentinel" };
    for (const f of files) {
      const path = await writeConfig(box, f.name, f.text(cloud), f.mode);
      env[f.name === "secure.yaml" ? "OS_CLIENT_SECURE_FILE" : "OS_CLIENT_CONFIG_FILE"] = path;
    }
    const out = await runOurs([...LIST, "-f", "value", "-c", "Name"], env);
    runs++;
    assertNoLeak(out, "permissions", cloud.issuedTokens());
    return { out, dir: box.dir };
  } finally {
    await cloud.close();
    await box.cleanup();
  }
}

Deno.test(
  { name: "secrets: world-readable clouds.yaml with a password: warning, exit 0", ...opts },
  async () => {
    const { out, dir } = await permissionRun([
      { name: "clouds.yaml", text: (c) => sentinelCloudsYaml(c), mode: 0o644 },
    ]);
    strictEqual(out.code, 0, out.stderr);
    ok(out.stdout.includes("server-1"));
    strictEqual(
      out.stderr,
      `WARNING: ${dir}/clouds.yaml holds a password or other secret and can be read by other users; ` +
        `restrict it with: chmod 600 ${dir}/clouds.yaml\n`,
    );
  },
);

Deno.test(
  { name: "secrets: group-readable secure.yaml: warning; 0600 files: none", ...opts },
  async () => {
    // no secret in clouds.yaml (the appcred cloud holds one: dropped)
    const clouds = (c: FakeCloud) =>
      sentinelCloudsYaml(c).replace(/ {6}password: .*\n/, "").replace(/ {2}appcred:[^]*$/, "");
    const secure = () =>
      `clouds:\n  sentinel:\n    auth:\n      password: "${SENTINEL.password}"\n`;
    const loose = await permissionRun([
      { name: "clouds.yaml", text: clouds, mode: 0o644 },
      { name: "secure.yaml", text: secure, mode: 0o640 },
    ]);
    strictEqual(loose.out.code, 0, loose.out.stderr);
    ok(
      loose.out.stderr.startsWith(`WARNING: ${loose.dir}/secure.yaml holds a password`),
      loose.out.stderr,
    );
    strictEqual(loose.out.stderr.split("\n").length, 2, "one warning line");

    const tight = await permissionRun([
      { name: "clouds.yaml", text: clouds, mode: 0o644 }, // no secret in it: fine
      { name: "secure.yaml", text: secure, mode: 0o600 },
    ]);
    strictEqual(tight.out.code, 0, tight.out.stderr);
    strictEqual(tight.out.stderr, "");
  },
);

Deno.test({ name: "secrets: figures", ...opts }, () => {
  printFigure("secret-check runs (subprocess)", runs);
  printFigure("secret-check outputs scanned (stdout + stderr)", figures.outputsChecked);
  printFigure("secret-check files scanned under XDG dirs", figures.filesChecked);
  printFigure("secret leaks found", figures.leaks.length);
  strictEqual(figures.leaks.length, 0, figures.leaks.join("\n"));
});
