/**
 * Hostile input 1: random command lines, in process (`run()` with fake deps
 * whose fetch is the fake cloud, answered without sockets). Seeded, so a
 * failure names its case and reproduces: FUZZ_SEED=<seed> FUZZ_ONLY=<index>.
 *
 * Every vector must: return (no uncaught exception) within the per-case
 * deadline; exit 0, 1 or 2; on 1 or 2 print one line on stderr and nothing on
 * stdout — except an unknown command, which prints python's "did you mean"
 * block on stdout, as the python client does; never print a stack trace or
 * a sentinel secret.
 */
import { ok } from "node:assert";
import { run } from "../../src/cli/run.ts";
import { registry } from "../../src/registry.gen.ts";
import { globalFlags } from "../../src/cli/global_options.ts";
import { listOutputFlags } from "../../src/output/flags.ts";
import type { FlagMeta } from "../../src/cli/flags.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import {
  findLeaks,
  passwordEnv,
  pick,
  printFigure,
  prng,
  SENTINEL,
  startSentinelCloud,
  within,
} from "./helpers.ts";

const SEED = Number(Deno.env.get("FUZZ_SEED") ?? 20260501);
const COUNT = Number(Deno.env.get("FUZZ_ARGV_COUNT") ?? 10_000);
const ONLY = Deno.env.get("FUZZ_ONLY");
const PER_CASE_MS = 5_000;
const TOTAL_BUDGET_MS = 240_000;

const flags: FlagMeta[] = [...globalFlags, ...listOutputFlags, ...registry.flatMap((e) => e.flags)];
const words = [...new Set(registry.flatMap((e) => e.id.split(" ")))];

const WEIRD = [
  "",
  " ",
  "-",
  "--",
  "---",
  "-=",
  "--=",
  "=",
  "-h",
  "--help",
  "--version",
  "help",
  "-v",
  "-vvvv",
  "-q",
  "--debug",
  "-f",
  "-c",
  "-n",
  "--os-cloud",
  "\u0000",
  "\u001b[2J",
  "\n",
  "a\nb",
  "é",
  "💥",
  "\uFFFF",
  "\uD800",
  "%s%n%x",
  "${HOME}",
  "$(reboot)",
  "'; DROP TABLE servers; --",
  "../../../../etc/passwd",
  "/dev/zero",
  "-1",
  "0",
  "2147483648",
  "9".repeat(400),
  "1e309",
  "NaN",
  "0x10",
  "true",
  "null",
  "[]",
  "{}",
  "x".repeat(100_000),
  "--" + "a".repeat(5_000),
  "-" + "v".repeat(1_000),
  SENTINEL.password,
];

function randomString(r: () => number): string {
  const len = Math.floor(r() ** 3 * 300);
  let s = "";
  for (let i = 0; i < len; i++) {
    const c = r();
    s += c < 0.7
      ? String.fromCharCode(32 + Math.floor(r() * 95))
      : c < 0.9
      ? String.fromCharCode(Math.floor(r() * 0x3000))
      : String.fromCharCode(Math.floor(r() * 32));
  }
  return s;
}

function value(r: () => number, f?: FlagMeta): string {
  const c = r();
  if (f?.choices && c < 0.4) return pick(r, f.choices);
  if (c < 0.55) return pick(r, WEIRD);
  if (c < 0.7) return String(Math.floor((r() - 0.3) * 10 ** Math.floor(r() * 12)));
  if (c < 0.8) return pick(r, ["table", "json", "yaml", "csv", "value", "shell", "ID", "Name"]);
  return randomString(r);
}

function flagToken(r: () => number): string[] {
  const f = pick(r, flags);
  const spelling = f.short && r() < 0.3 ? `-${f.short}` : `--${f.long}`;
  const needsValue = f.kind !== "boolean" && f.kind !== "count";
  const c = r();
  if (!needsValue) return c < 0.1 ? [`${spelling}=${value(r)}`] : [spelling];
  if (c < 0.15) return [spelling]; // value missing
  if (c < 0.35 && spelling.startsWith("--")) return [`${spelling}=${value(r, f)}`];
  if (c < 0.45 && !spelling.startsWith("--")) return [`${spelling}${value(r, f)}`];
  // a prefix of the long name (argparse accepts unambiguous abbreviations)
  if (c < 0.5) return [`--${f.long.slice(0, 1 + Math.floor(r() * f.long.length))}`, value(r, f)];
  return [spelling, value(r, f)];
}

const SAFE_GLOBAL = new Set(["debug", "timing", "verbose", "quiet", "os-compute-api-version"]);
const listFlags = [...registry[0].flags, ...listOutputFlags];

/** A plausible value for a flag (so the vector gets past parsing and reaches the cloud). */
function plausible(r: () => number, f: FlagMeta): string {
  if (f.choices) return pick(r, f.choices);
  if (f.kind === "integer") return String(pick(r, [-1, 0, 1, 2, 3, 1000, 2 ** 31]));
  switch (f.long) {
    case "format":
      return pick(r, ["table", "json", "yaml", "csv", "value", "shell"]);
    case "column":
    case "sort-column":
      return pick(r, ["ID", "Name", "Status", "Networks", "Image", "Flavor", "Nope", ""]);
    case "os-compute-api-version":
      return pick(r, ["2.1", "2.47", "2.93", "2.latest", "2", "3.0", "2.x", "2.100"]);
    case "max-width":
      return pick(r, ["0", "1", "20", "80"]);
    default:
      return r() < 0.5
        ? pick(r, ["server-1", "^server", "(", "[", ".*", "cirros", "m1.tiny"])
        : randomString(r);
  }
}

/** Mostly valid: `server list` and its own flags with plausible values. */
function plausibleVector(r: () => number): string[] {
  const argv = ["server", "list"];
  const n = Math.floor(r() * 5);
  for (let i = 0; i < n; i++) {
    const f = pick(r, listFlags);
    if (f.kind === "boolean" || f.kind === "count") argv.push(`--${f.long}`);
    else argv.push(`--${f.long}`, plausible(r, f));
  }
  if (r() < 0.3) argv.push(`--${pick(r, [...SAFE_GLOBAL])}`);
  if (argv.at(-1) === "--os-compute-api-version") {
    argv.push(plausible(r, { long: "os-compute-api-version" } as FlagMeta));
  }
  return argv;
}

/** A vector: mostly a real command with a mix of flags, sometimes pure noise. */
function vector(r: () => number): string[] {
  if (r() < 0.35) return plausibleVector(r);
  const argv: string[] = [];
  const shape = r();
  if (shape < 0.6) argv.push("server", "list");
  else if (shape < 0.75) {
    argv.push(...Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, words)));
  }
  const n = Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const c = r();
    if (c < 0.65) argv.push(...flagToken(r));
    else if (c < 0.85) argv.push(pick(r, WEIRD));
    else argv.push(randomString(r));
  }
  // shuffle sometimes: global flags and words may come in any order
  if (r() < 0.3) {
    for (let i = argv.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [argv[i], argv[j]] = [argv[j], argv[i]];
    }
  }
  return argv;
}

Deno.test({
  name: `fuzz: ${COUNT} random argv vectors (seed ${SEED})`,
  sanitizeResources: false,
  sanitizeOps: false,
}, async () => {
  const cloud = await startSentinelCloud();
  const env = { ...passwordEnv(cloud), OS_TOKEN_CACHE: "0" };
  const r = prng(SEED);
  const codes: Record<number, number> = {};
  const failures: string[] = [];
  let reachedNetwork = 0;
  let debugVectors = 0;
  const t0 = performance.now();
  let ran = 0;
  try {
    for (let i = 0; i < COUNT; i++) {
      const argv = vector(r);
      if (ONLY !== undefined && String(i) !== ONLY) continue;
      if (performance.now() - t0 > TOTAL_BUDGET_MS) {
        failures.push(`time budget of ${TOTAL_BUDGET_MS} ms used up after ${i} vectors`);
        break;
      }
      const before = cloud.requests.length;
      const c = fakeDeps({ env, fetch: cloud.fetch });
      c.deps.makeFetch = () => cloud.fetch;
      let code: number;
      try {
        code = await within(PER_CASE_MS, run(argv, c.deps, registry), `vector ${i}`);
      } catch (e) {
        failures.push(`#${i} ${JSON.stringify(argv).slice(0, 300)}: threw ${e}`);
        continue;
      }
      ran++;
      if (cloud.requests.length > before) reachedNetwork++;
      codes[code] = (codes[code] ?? 0) + 1;
      const out = c.stdout();
      const err = c.stderr();
      const where = `#${i} ${JSON.stringify(argv).slice(0, 300)} → ${code}`;
      const problems: string[] = [];
      // --debug (or an abbreviation argparse accepts) shows the trace and the stack: more lines.
      const debug = argv.some((a) => /^--deb(u(g)?)?(=.*)?$/.test(a)) || err.includes("REQ: curl");
      if (![0, 1, 2].includes(code)) problems.push("exit code");
      if (!debug && /^\s+at /m.test(out + err)) problems.push("stack trace");
      if (/unexpected error/.test(err)) problems.push("unexpected error");
      const leaks = [
        ...findLeaks(out, "stdout", cloud.issuedTokens()),
        ...findLeaks(err, "stderr"),
      ];
      // The password given on the command line as data (e.g. --name <it>) may be echoed in
      // a usage error, as argparse does; the check is for the configured one (env) only.
      if (leaks.length && !argv.some((a) => a.includes(SENTINEL.password))) {
        problems.push(`leak ${leaks.join(",")}`);
      }
      if (code !== 0) {
        const unknownCommand = code === 2 && out.includes("is not an openstack command");
        // bulk deletes report, as python's do, one line per item that failed before the summary
        const errLines = err.split("\n").filter((l) =>
          l && !l.startsWith("WARNING: ") && !l.startsWith("Failed to delete ")
        );
        if (!unknownCommand && out !== "") problems.push("stdout on failure");
        if (!unknownCommand && !debug && errLines.length !== 1) {
          problems.push(`${errLines.length} lines`);
        }
      }
      if (debug) debugVectors++;
      if (problems.length) failures.push(`${where}: ${problems.join(", ")}\n${err.slice(0, 400)}`);
    }
  } finally {
    await cloud.close();
  }
  const seconds = ((performance.now() - t0) / 1000).toFixed(1);
  printFigure("argv fuzz vectors run", ran);
  printFigure("argv fuzz exit codes", codes);
  printFigure("argv fuzz vectors that reached the (fake) cloud", reachedNetwork);
  printFigure("argv fuzz vectors with --debug", debugVectors);
  printFigure("argv fuzz seconds", seconds);
  printFigure("argv fuzz failures", failures.length);
  ok(failures.length === 0, failures.slice(0, 20).join("\n"));
});
