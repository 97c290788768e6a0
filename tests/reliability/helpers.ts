/**
 * Shared by the reliability suite: sentinel secrets, a fake cloud that knows
 * them, the CLI as a subprocess in its own XDG dirs, the output checks every
 * case makes (exit code, one line, no stack trace, nothing on stdout, no
 * secret anywhere — output, --debug trace, files written) and the figures the
 * suite prints for docs/reliability.md.
 */
import { NO_PASSWORD_WARNING } from "../../src/kit/password.ts";
import { ok, strictEqual } from "node:assert";
import { defaultDataset, type FakeDataset } from "../fake_cloud/datasets.ts";
import { type FakeCloud, type FakeCloudOptions, startFakeCloud } from "../fake_cloud/server.ts";
import { baseEnv, type Outcome, runOurs } from "../helpers/cli.ts";

/** Values that must never be printed or stored in clear. Long and unique: a hit is a leak. */
export const SENTINEL = {
  password: "Sntl-PASSWORD-7f3a9c1e-do-not-print",
  appCredSecret: "Sntl-APPCRED-SECRET-2b8d4e6f-do-not-print",
  totp: "Sntl-TOTP-918273",
  /** Every token the sentinel cloud issues starts with this. */
  tokenPrefix: "gAAAAABSntlTOKEN",
} as const;

/** Substrings whose presence anywhere is a leak (the token prefix matches every issued token). */
export const SENTINEL_MARKERS = [
  SENTINEL.password,
  SENTINEL.appCredSecret,
  SENTINEL.totp,
  SENTINEL.tokenPrefix,
];

/** The default dataset with sentinel secrets: admin's password and demo-ci's secret. */
export function sentinelDataset(base: FakeDataset = defaultDataset()): FakeDataset {
  return {
    ...base,
    users: base.users.map((u) => (u.name === "admin" ? { ...u, password: SENTINEL.password } : u)),
    application_credentials: base.application_credentials.map((a) => ({
      ...a,
      secret: SENTINEL.appCredSecret,
    })),
  };
}

let tokenCounter = 0;
/** Token ids carrying the sentinel prefix, otherwise Fernet-like. */
export function sentinelToken(): string {
  const rand = crypto.getRandomValues(new Uint8Array(48));
  const tail = btoa(String.fromCharCode(...rand)).replace(/[+/=]/g, "x");
  return `${SENTINEL.tokenPrefix}${(++tokenCounter).toString().padStart(6, "0")}${tail}`;
}

export async function startSentinelCloud(opts: FakeCloudOptions = {}): Promise<FakeCloud> {
  return await startFakeCloud({
    tokenFactory: sentinelToken,
    // the object-store commands fail on a catalog without Swift before any request
    objectStore: true,
    ...opts,
    dataset: sentinelDataset(opts.dataset),
  });
}

/** A temp dir with XDG_CACHE_HOME/XDG_CONFIG_HOME for one or more runs. */
export interface Sandbox {
  dir: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

export async function sandbox(extra: Record<string, string> = {}): Promise<Sandbox> {
  const dir = await Deno.makeTempDir({ prefix: "osc-reliability-" });
  await Deno.mkdir(`${dir}/cache`);
  await Deno.mkdir(`${dir}/config`);
  return {
    dir,
    env: baseEnv({
      XDG_CACHE_HOME: `${dir}/cache`,
      XDG_CONFIG_HOME: `${dir}/config`,
      OSC_TEST_CWD: dir,
      ...extra,
    }),
    cleanup: () => Deno.remove(dir, { recursive: true }),
  };
}

/** OS_* variables for password auth as admin (sentinel password) on `cloud`. */
export function passwordEnv(cloud: FakeCloud): Record<string, string> {
  return {
    OS_AUTH_URL: cloud.authUrl,
    OS_USERNAME: "admin",
    OS_PASSWORD: SENTINEL.password,
    OS_PROJECT_NAME: "admin",
    OS_USER_DOMAIN_NAME: "Default",
    OS_PROJECT_DOMAIN_NAME: "Default",
  };
}

/** A clouds.yaml for `cloud`: cloud "sentinel" (password), "appcred" (application credential). */
export function sentinelCloudsYaml(cloud: FakeCloud, extra = ""): string {
  const appCred = cloud.dataset.application_credentials[0];
  return [
    "clouds:",
    "  sentinel:",
    "    auth:",
    `      auth_url: ${cloud.authUrl}`,
    "      username: admin",
    `      password: "${SENTINEL.password}"`,
    "      project_name: admin",
    "      user_domain_name: Default",
    "      project_domain_name: Default",
    "    region_name: RegionOne",
    extra,
    "  appcred:",
    "    auth_type: v3applicationcredential",
    "    auth:",
    `      auth_url: ${cloud.authUrl}`,
    `      application_credential_id: ${appCred.id}`,
    `      application_credential_secret: "${SENTINEL.appCredSecret}"`,
    "",
  ].join("\n");
}

// ---- leak checks ------------------------------------------------------------------------

export const figures = {
  outputsChecked: 0,
  filesChecked: 0,
  leaks: [] as string[],
};

/** Every sentinel marker found in `text`, described with `where`. */
export function findLeaks(text: string, where: string, extra: readonly string[] = []): string[] {
  const found: string[] = [];
  for (const m of [...SENTINEL_MARKERS, ...extra]) {
    if (m && text.includes(m)) found.push(`${where}: ${m.slice(0, 16)}…`);
  }
  return found;
}

/** Checks stdout/stderr for sentinels (and `tokens`, the ids the cloud issued). */
export function assertNoLeak(out: Outcome, label: string, tokens: readonly string[] = []) {
  figures.outputsChecked += 2;
  const leaks = [
    ...findLeaks(out.stdout, `${label} stdout`, tokens),
    ...findLeaks(out.stderr, `${label} stderr`, tokens),
  ];
  figures.leaks.push(...leaks);
  strictEqual(leaks.length, 0, `secret leaked: ${leaks.join("; ")}`);
}

/** Every file under `dir` (recursively), for the cache checks. */
export async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  try {
    for await (const e of Deno.readDir(dir)) {
      const p = `${dir}/${e.name}`;
      if (e.isDirectory) out.push(...(await filesUnder(p)));
      else if (e.isFile) out.push(p);
    }
  } catch (e) {
    if (!(e instanceof Deno.errors.NotFound)) throw e;
  }
  return out;
}

/** No sentinel, and no token the cloud issued, in clear in any file under the sandbox's XDG dirs. */
export async function assertNoLeakInFiles(box: Sandbox, tokens: readonly string[] = []) {
  const leaks: string[] = [];
  for (const dir of [box.env.XDG_CACHE_HOME, box.env.XDG_CONFIG_HOME]) {
    for (const f of await filesUnder(dir)) {
      figures.filesChecked++;
      const text = new TextDecoder().decode(await Deno.readFile(f));
      leaks.push(...findLeaks(text, f, tokens));
    }
  }
  figures.leaks.push(...leaks);
  strictEqual(leaks.length, 0, `secret in clear in a file: ${leaks.join("; ")}`);
}

// ---- output shape -------------------------------------------------------------------------

const STACK_LINE = /^\s+at .*(\(|:\d+:\d+)/m;

/**
 * A failed run as a script sees it: exit `code`, nothing on stdout, exactly one
 * line on stderr (after any WARNING lines), no stack trace.
 */
export function assertCleanFailure(out: Outcome, label: string, code = 1): string {
  const ctx = `${label}: exit ${out.code}\nstdout: ${out.stdout}\nstderr: ${out.stderr}`;
  strictEqual(out.code, code, ctx);
  strictEqual(out.stdout, "", ctx);
  const lines = out.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("WARNING: "));
  strictEqual(lines.length, 1, ctx);
  ok(!STACK_LINE.test(out.stderr), `stack trace: ${ctx}`);
  ok(!/unexpected error/.test(out.stderr), `not a clear error: ${ctx}`);
  ok(!/\bundefined\b|\[object Object\]/.test(out.stderr), `unclear message: ${ctx}`);
  return lines[0];
}

/** The same failure with --debug: same exit, still nothing on stdout, the same line among more. */
export function assertDebugFailure(out: Outcome, line: string, label: string, code = 1) {
  const ctx = `${label} --debug: exit ${out.code}\nstderr: ${out.stderr.slice(-3000)}`;
  strictEqual(out.code, code, ctx);
  strictEqual(out.stdout, "", ctx);
  ok(out.stderr.split("\n").length > 2, ctx);
  const norm = (s: string) =>
    s.replace(/req-[0-9a-f-]{36}|req-fault-\d+/g, "req-<id>").replace(
      /127\.0\.0\.1:\d+/g,
      "127.0.0.1:PORT",
    ).replace(/\d+ ms/g, "N ms");
  ok(norm(out.stderr).includes(norm(line)), `the error line is in the --debug output: ${ctx}`);
}

export { baseEnv, type Outcome, runOurs };

/** Prints a figure line for docs/reliability.md (grep "RELIABILITY"). */
export function printFigure(name: string, value: unknown) {
  console.log(`RELIABILITY ${name}: ${typeof value === "string" ? value : JSON.stringify(value)}`);
}

/** Seeded PRNG (mulberry32): the fuzz tests are reproducible from their seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

/** Races `p` against a deadline; a hang is a failure, not a stuck test run. */
export async function within<T>(ms: number, p: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: ${what} took more than ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([p, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Lines python prints on stderr before a command's own error, which ours print too: notices
 * (a warning, a deprecation, catalog show's "service x not found" before cliff's column
 * error) and a bulk command's per-item lines before its "N of M … failed to …" summary (bulk
 * deletes word them "Failed to delete …" or as the bare exception; group add/remove user
 * "<user> not added to group …").
 */
const PYTHON_NOTICES: RegExp[] = [
  new RegExp(`^${NO_PASSWORD_WARNING.replace(/[.]/g, "\\.")}$`),
  /^service [\s\S]* not found$/, // (the name as typed, control characters and all, or none)
  /^The --long option has been deprecated and is no longer needed$/,
  /^The '[a-z ]+' command has been deprecated in favour of the '[a-z ]+' command\.$/,
  /^The ssh options have been deprecated\. /,
  /^The --(confirm|revert) option has been deprecated\. /,
  // extension list: each service that has none, or failed, is a warning; the rest is listed
  /^Extensions list not supported by [A-Za-z ]+ API$/,
  /^Failed to retrieve extensions list from [A-Za-z ]+ API$/,
  // availability zone list: a service without zones is a warning, the others are listed
  /^Availability zones list not supported by [A-Za-z ]+ API$/,
  // server migrate: python warns of --(no-)disk-overcommit past 2.24, then goes on
  /^The --disk-overcommit and --no-disk-overcommit options are only supported by /,
  // project purge's progress, one line per resource (python's LOG.warning)
  /^Deleting (\w+ )+?: \S+$/,
  /^Deleting project: \S+$/,
  // image unset's per-item lines before its closing "Failed to unset N of M …"
  /^(tag|property) unset failed, /,
  // the object-store commands' warnings (python's LOG.warning / LOG.error, the request goes on)
  /^Cannot set property [\s\S]* to non-ascii value$/,
  /^Container name is \d+ characters long, the default limit is 256$/,
  /^Object name is \d+ characters long, default limit is 1024$/,
  // image create --volume: each option it ignores is a warning before the lookup
  /^'--\w+' was given, which is not supported when creating an image from a volume\. /,
  // consistency group create from a source ignores the zone, and says so first
  /^'--availability-zone' option will not work if creating consistency group from source$/,
  // project cleanup: keystoneauth's discovery warning, a service whose cleanup failed, the
  // prompt (stdin gives no answer here) and its notice
  /^Failed to contact the endpoint at \S+ for discovery\. /,
  /^Error in the \w+ cleanup function: /,
  /^These resources will be deleted\. Are you sure \[y\/N\]: /,
];

/** stderr's error lines: without notices, per-item bulk lines and -v's START/END lines. */
export function errorLines(stderr: string): string[] {
  let lines = stderr.split("\n").filter((l) =>
    l !== "" && !l.startsWith("WARNING: ") &&
    !/^(START with options: |END return value: )/.test(l) &&
    !PYTHON_NOTICES.some((re) => re.test(l))
  );
  const last = lines.at(-1) ?? "";
  // a bulk command's closing count is the error: "2 of 3 … failed to …", "Failed to delete 2 of 3 …"
  const count = /^(\d+ of \d+ .+ (failed to|not) |Failed to \w+ \d+ of \d+ )/;
  if (count.test(last)) lines = [last];
  // per-item lines: "Failed to …", and a step's own count before the next step (project purge)
  const rest = lines.filter((l) => !l.startsWith("Failed to ") && !(l !== last && count.test(l)));
  // a one-item command's own error may begin so too (network qos rule set): it is the error
  return rest.length === 0 && lines.length === 1 ? lines : rest;
}
