/**
 * Hostile input 1: random command lines, in process (`run()` with fake deps
 * whose fetch is the fake cloud, answered without sockets). Seeded, so a
 * failure names its case and reproduces: FUZZ_SEED=<seed> FUZZ_ONLY=<index>.
 *
 * Every registered command gets its share, built from its own option interface
 * (tests/helpers/command_specs.ts): its words, its positionals, its flags and
 * formatter options with values of their kind and choices, then noise.
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
import type { FlagMeta } from "../../src/cli/flags.ts";
import { allSpecs, type CommandSpec, globalFlags, seededName } from "../helpers/command_specs.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";
import { parseArgv } from "../../src/cli/parse.ts";
import {
  errorLines,
  findLeaks,
  passwordEnv,
  pick,
  printFigure,
  prng,
  SENTINEL,
  startSentinelCloud,
  within,
} from "./helpers.ts";

const specs: CommandSpec[] = await allSpecs();
/** Vectors built on each command, at least (the rest is noise and more of the same). */
const PER_COMMAND = 40;
const SEED = Number(Deno.env.get("FUZZ_SEED") ?? 20260501);
const COUNT = Number(
  Deno.env.get("FUZZ_ARGV_COUNT") ?? Math.max(10_000, Math.ceil(PER_COMMAND * specs.length / 0.75)),
);
const ONLY = Deno.env.get("FUZZ_ONLY");
const PER_CASE_MS = 5_000;
const TOTAL_BUDGET_MS = 240_000;

const flags: FlagMeta[] = [
  ...globalFlags,
  ...new Set(specs.flatMap((s) => [...s.flags, ...s.outputFlags])),
];
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

/** The flag's long spelling, or its short one where python has no long one. */
function optionName(f: FlagMeta): string {
  return f.shortOnly ? `-${f.short}` : `--${f.long}`;
}

function flagToken(r: () => number, given?: FlagMeta): string[] {
  const f = given ?? pick(r, flags);
  const spelling = f.short && (f.shortOnly || r() < 0.3) ? `-${f.short}` : `--${f.long}`;
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

/** A plausible value for a flag (so the vector gets past parsing and reaches the cloud). */
function plausible(r: () => number, f: FlagMeta): string {
  if (f.choices) return pick(r, f.choices);
  if (f.kind === "integer") return String(pick(r, [-1, 0, 1, 2, 3, 1000, 2 ** 31]));
  if (f.kind === "float") return String(pick(r, [-1, 0, 0.5, 1, 1e3]));
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
        ? pick(r, ["server-1", "^server", "(", "[", ".*", "cirros", "m1.tiny", "private", "k=v"])
        : randomString(r);
  }
}

/** The command's positionals: the seeded names mostly, sometimes noise, missing or one too many. */
function positionals(r: () => number, spec: CommandSpec): string[] {
  const out: string[] = [];
  for (const p of spec.positionals) {
    const c = r();
    if (c < 0.1) continue;
    if ((p.arity === "optional" || p.arity === "any") && c < 0.4) continue;
    out.push(c < 0.75 ? seededName(p) : c < 0.9 ? pick(r, WEIRD) : randomString(r));
    if ((p.arity === "many" || p.arity === "any") && r() < 0.3) out.push(`e2e-fuzz-${i32(r)}`);
  }
  if (r() < 0.05) out.push("one-too-many");
  return out;
}

const i32 = (r: () => number) => Math.floor(r() * 2 ** 31);

/** Mostly valid: the command, its positionals, and its own flags with plausible values. */
function plausibleVector(r: () => number, spec: CommandSpec): string[] {
  const argv = [...spec.id.split(" "), ...positionals(r, spec)];
  const own = [...spec.flags, ...spec.outputFlags];
  // what argparse insists on: each required option, and one of each required group
  const groups = new Set<string>();
  for (const f of spec.flags) {
    const needed = f.required || (f.groupRequired && f.group && !groups.has(f.group));
    if (!needed) continue;
    if (f.group) groups.add(f.group);
    argv.push(optionName(f));
    if (f.kind !== "boolean" && f.kind !== "count") argv.push(plausible(r, f));
  }
  const n = own.length ? Math.floor(r() * 5) : 0;
  for (let i = 0; i < n; i++) {
    const f = pick(r, own);
    if (f.kind === "boolean" || f.kind === "count") argv.push(optionName(f));
    else argv.push(optionName(f), plausible(r, f));
  }
  if (r() < 0.3) argv.push(`--${pick(r, [...SAFE_GLOBAL])}`);
  if (argv.at(-1) === "--os-compute-api-version") {
    argv.push(plausible(r, { long: "os-compute-api-version" } as FlagMeta));
  }
  return argv;
}

/** Noise after a command's words (its own flags more often than others'), or on its own. */
function noisyVector(r: () => number, spec: CommandSpec | undefined): string[] {
  const argv: string[] = [];
  if (spec) argv.push(...spec.id.split(" "), ...positionals(r, spec));
  else if (r() < 0.4) {
    argv.push(...Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, words)));
  }
  const own = spec ? [...spec.flags, ...spec.outputFlags] : [];
  const n = Math.floor(r() * 8);
  for (let i = 0; i < n; i++) {
    const c = r();
    if (c < 0.65) argv.push(...flagToken(r, own.length && r() < 0.6 ? pick(r, own) : undefined));
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

/**
 * Vector i: three in four are built on a command, taken in turn so each gets its share
 * (half of those plausible, half noisy); the rest is noise with or without real words.
 */
let built = 0;
function vector(r: () => number, i: number): { argv: string[]; spec?: CommandSpec } {
  if (i % 4 === 3) return { argv: noisyVector(r, undefined) };
  const spec = specs[built++ % specs.length];
  return { argv: r() < 0.5 ? plausibleVector(r, spec) : noisyVector(r, spec), spec };
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
  /** Per command: vectors built on it, how many it parsed (exit 0/1), how many reached the cloud. */
  const per = new Map(specs.map((s) => [s.id, { vectors: 0, parsed: 0, reached: 0 }]));
  const t0 = performance.now();
  let ran = 0;
  try {
    for (let i = 0; i < COUNT; i++) {
      const { argv, spec } = vector(r, i);
      if (ONLY !== undefined && String(i) !== ONLY) continue;
      if (performance.now() - t0 > TOTAL_BUDGET_MS) {
        // a slow machine runs fewer vectors; too few to have met every command is a failure
        console.log(`argv fuzz: time budget of ${TOTAL_BUDGET_MS} ms used up after ${i} vectors`);
        if (i < specs.length * 10) failures.push(`only ${i} vectors in ${TOTAL_BUDGET_MS} ms`);
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
      const reached = cloud.requests.length > before;
      if (reached) reachedNetwork++;
      const tally = spec && per.get(spec.id)!;
      if (tally) {
        tally.vectors++;
        if (code !== 2) tally.parsed++;
        if (reached) tally.reached++;
      }
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
      // printing the new token is what `token issue` is for
      // (a mutated vector may still resolve to it: `token ""` abbreviates `token issue`)
      const tokensMayShow = code === 0 && resolvesTo(argv) === "token issue";
      // printing the password is what `configuration show --unmask` is for
      const secretsMayShow = code === 0 && resolvesTo(argv) === "configuration show" &&
        argv.some((a) => /^--u(n(m(a(s(k)?)?)?)?)?$/.test(a)); // --unmask or its abbreviation
      const leaks = [
        ...(secretsMayShow ? [] : findLeaks(
          tokensMayShow ? out.replaceAll(SENTINEL.tokenPrefix, "") : out,
          "stdout",
          [...(tokensMayShow ? [] : cloud.issuedTokens())],
        )),
        ...findLeaks(err, "stderr"),
      ];
      // The password given on the command line as data (e.g. --name <it>) may be echoed in
      // a usage error, as argparse does; the check is for the configured one (env) only.
      if (leaks.length && !argv.some((a) => a.includes(SENTINEL.password))) {
        problems.push(`leak ${leaks.join(",")}`);
      }
      if (code !== 0) {
        const unknownCommand = code === 2 && out.includes("is not an openstack command");
        // (python's notices and per-item lines before the error are not counted: errorLines)
        const errLines = errorLines(err);
        // project cleanup lists what it found, then asks; no answer is python's EOFError,
        // whose message is empty
        const unanswered = resolvesTo(argv) === "project cleanup" &&
          err.includes("Are you sure [y/N]: ") && (errLines.length === 0 || debug);
        if (!unknownCommand && !unanswered && out !== "") problems.push("stdout on failure");
        if (!unknownCommand && !debug && !unanswered && errLines.length !== 1) {
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
  const tallies = [...per.values()];
  printFigure("argv fuzz commands", specs.length);
  printFigure("argv fuzz vectors per command (least)", Math.min(...tallies.map((t) => t.vectors)));
  printFigure(
    "argv fuzz commands with a vector that parsed / reached the cloud",
    `${tallies.filter((t) => t.parsed).length} / ${tallies.filter((t) => t.reached).length}`,
  );
  printFigure("argv fuzz vectors run", ran);
  printFigure("argv fuzz exit codes", codes);
  printFigure("argv fuzz vectors that reached the (fake) cloud", reachedNetwork);
  printFigure("argv fuzz vectors with --debug", debugVectors);
  printFigure("argv fuzz seconds", seconds);
  printFigure("argv fuzz failures", failures.length);
  ok(failures.length === 0, failures.slice(0, 20).join("\n"));
  if (ONLY === undefined && ran === COUNT) {
    // every command was covered, and by vectors it accepted, not only by usage errors
    for (const [id, t] of per) {
      ok(t.vectors >= PER_COMMAND, `${id}: only ${t.vectors} vectors`);
      ok(t.parsed > 0, `${id}: none of its ${t.vectors} vectors got past the parser`);
    }
  }
});

/** The command an argv runs, as the CLI's own dispatch finds it. */
function resolvesTo(argv: readonly string[]): string | undefined {
  try {
    const d = parseArgv(argv, registry);
    return d.kind === "command" ? d.entry.id : undefined;
  } catch {
    return undefined;
  }
}
