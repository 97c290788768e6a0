/**
 * deno task bench [--quick] [--rounds N] [--only a,b,c,d,e,f] [--out FILE]
 *
 * This CLI (the bundle dist/openstack.js run with the compile's permission
 * flags; the compiled dist/openstack too when it exists) against Debian's
 * python-openstackclient, alternately, N rounds, medians:
 *
 *   a  start-up: --version, --help, beside a bare `deno run` of console.log(1)
 *   b  `server list` on the real test cloud: python, ours with a cold and a warm
 *      token cache; the requests each made (from --debug)
 *   c  a CI-style script of 20 read commands, ours (cache empty at the start)
 *      against python
 *   d  10,000 servers from the fake cloud (python: --limit -1): time, peak RSS,
 *      every row and page checked
 *   e  `server list -f json` of the same 10,000, piped to `wc -c`
 *   f  HTTPS (fake cloud with a test CA, --os-cacert): warm `server list` over
 *      HTTP and HTTPS, and where the first HTTPS request's time goes
 *   g  start-up with 488 commands: --version and --help of a bundle built like
 *      dist/openstack.js over a synthetic registry of the python client's 488
 *      core command ids, each with its own module (scripts/bench/synthetic_registry.ts),
 *      beside a bare `deno run` and the shipped bundle; variants without the
 *      modules' code, without the modules, and minified show where the time goes
 *   h  the CI script of (c) in our batch mode (`--batch FILE`: one process,
 *      one session) against python command by command and python's own
 *      interactive mode fed the same lines on stdin: on the real cloud, and
 *      (the commands it serves) on the fake cloud, where the services cost
 *      nothing and each client's own cost is what is left
 *
 * The real cloud (b, c) is skipped with a note when 127.0.0.1:5000 does not
 * answer. --quick: few rounds (a few minutes in all). --out: also write the
 * report to FILE.
 */
import { compare, median, type RunOutput, type Stats, type Subject, table } from "./measure.ts";
import { bundle } from "../build.ts";
import {
  buildSyntheticBundle,
  type SyntheticBundle,
  type SyntheticOptions,
} from "./synthetic_registry.ts";
import { registry } from "../../src/registry.gen.ts";
import { RUNTIME_PERMISSIONS } from "../permissions.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const args = [...Deno.args];
const flag = (name: string) => args.includes(name);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = flag("--quick");
const roundsArg = opt("--rounds") ? Number(opt("--rounds")) : undefined;
const only = new Set((opt("--only") ?? "a,b,c,d,e,f,g,h").split(","));
const out = opt("--out");
/** Rounds for a scenario: --rounds wins; else the quick or full default. */
const rounds = (full: number, fast: number) => roundsArg ?? (quick ? fast : full);

async function exists(p: string): Promise<boolean> {
  try {
    await Deno.stat(p);
    return true;
  } catch {
    return false;
  }
}

async function text(cmd: string[], env?: Record<string, string>): Promise<RunOutput> {
  const o = await new Deno.Command(cmd[0], {
    args: cmd.slice(1),
    env,
    clearEnv: env !== undefined,
    stdout: "piped",
    stderr: "piped",
    stdin: "null",
  }).output();
  const dec = new TextDecoder();
  return { code: o.code, stdout: dec.decode(o.stdout), stderr: dec.decode(o.stderr) };
}

if (!await bundle()) Deno.exit(1);
const tmp = await Deno.makeTempDir({ prefix: "osc-bench-" });
const bare = `${tmp}/bare.js`;
await Deno.writeTextFile(bare, "console.log(1);\n");
const deno = Deno.execPath();
const OURS = [deno, "run", ...RUNTIME_PERMISSIONS, `${ROOT}dist/openstack.js`];
const COMPILED = `${ROOT}dist/openstack`;
const compiled = await exists(COMPILED);
const PYTHON = "/usr/bin/openstack";
const python = await exists(PYTHON);
const HOME = Deno.env.get("HOME") ?? "/root";
const DENO_DIR = Deno.env.get("DENO_DIR") ??
  `${Deno.env.get("XDG_CACHE_HOME") ?? `${HOME}/.cache`}/deno`;
const CACHE = `${tmp}/xdg-cache`;
const CONFIG = `${tmp}/xdg-config`;

/** What both clients see: no OS_* from the caller, our cache dirs in the temp dir. */
function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    HOME,
    LANG: "C.UTF-8",
    no_proxy: "127.0.0.1,localhost",
    DENO_DIR,
    XDG_CACHE_HOME: CACHE,
    XDG_CONFIG_HOME: CONFIG,
    ...extra,
  };
}

const emptyTokenCache = async () => {
  await Deno.remove(`${CACHE}/openstack-deno`, { recursive: true }).catch(() => {});
};

function ours(
  label: string,
  argv: string[],
  e: Record<string, string>,
  more: Partial<Subject> = {},
): Subject[] {
  const list: Subject[] = [{ label, cmd: [...OURS, ...argv], env: e, cwd: tmp, ...more }];
  if (compiled) {
    list.push({
      label: label.replace("ours", "ours (compiled)"),
      cmd: [COMPILED, ...argv],
      env: e,
      cwd: tmp,
      ...more,
    });
  }
  return list;
}

function py(
  label: string,
  argv: string[],
  e: Record<string, string>,
  more: Partial<Subject> = {},
): Subject[] {
  return python
    ? [{ label, cmd: [PYTHON, ...argv], env: { ...e, PATH: "/usr/bin:/bin" }, cwd: tmp, ...more }]
    : [];
}

function ratio(stats: Stats[], slow: string, fast: string): string {
  const a = stats.find((s) => s.label === slow);
  const b = stats.find((s) => s.label === fast);
  return a && b ? `${(a.median / b.median).toFixed(1)}×` : "n/a";
}

function statOf(stats: Stats[], label: string): Stats | undefined {
  return stats.find((s) => s.label === label);
}

/** "METHOD URL" of every request in a --debug trace (both clients print keystoneauth's REQ lines). */
function requestsOf(stderr: string, origin?: string): string[] {
  const out: string[] = [];
  for (const line of stderr.split("\n")) {
    // keystoneauth logs its own token request without a REQ line
    const auth = /^Making authentication request to (\S+)/.exec(line);
    const m = auth ? ["", "POST", auth[1]] : /^REQ: curl -g -i .*?-X (\w+) "?([^" ]+)"?/.exec(line);
    if (m) out.push(`${m[1]} ${origin ? m[2].replace(origin, "") : m[2]}`);
  }
  return out;
}

interface Target {
  what: string;
  goal: string;
  got: string;
  met: boolean | undefined;
}
const targets: Target[] = [];
const target = (what: string, goal: string, got: string, met: boolean | undefined) =>
  targets.push({ what, goal, got, met });

// ---- machine ---------------------------------------------------------------------------

const cpu = (await Deno.readTextFile("/proc/cpuinfo").catch(() => "")).match(
  /model name\s*:\s*(.*)/,
)?.[1];
const memKb = Number(
  (await Deno.readTextFile("/proc/meminfo").catch(() => "")).match(/MemTotal:\s*(\d+)/)?.[1],
);
const pyVersion = python
  ? (await text([PYTHON, "--version"], env())).stdout.trim() || "?"
  : "not installed";
let report = `# Benchmark (${new Date().toISOString()}${quick ? ", --quick" : ""})\n\n`;
report +=
  `Machine: ${cpu ?? "?"}, ${navigator.hardwareConcurrency} cores, ${
    memKb ? (memKb / 1048576).toFixed(0) + " GiB" : "?"
  }, Linux ${Deno.osRelease()}, load average at start ${
    Deno.loadavg().map((x) => x.toFixed(2)).join(" ")
  }; ` +
  `deno ${Deno.version.deno}; python client: ${pyVersion}; ours: bundle (\`deno run ${
    RUNTIME_PERMISSIONS.join(" ")
  } dist/openstack.js\`)${
    compiled ? " and dist/openstack" : "; no compiled binary (dist/openstack missing)"
  }.\n\n`;
console.log(report);
const emit = (s: string) => {
  report += s + "\n";
  console.log(s);
};

// ---- a: start-up ------------------------------------------------------------------------

if (only.has("a")) {
  for (const argv of [["--version"], ["--help"]]) {
    const subjects: Subject[] = [
      { label: "bare deno run", cmd: [deno, "run", bare], env: env() },
      ...ours("ours", argv, env()),
      ...py("python-openstackclient", argv, env()),
    ];
    const stats = await compare(subjects, rounds(20, 5));
    emit(table(`(a) openstack ${argv.join(" ")}`, stats, "bare deno run"));
    emit(`python / ours: ${ratio(stats, "python-openstackclient", "ours")}\n`);
    const r = statOf(stats, "ours")!.median / statOf(stats, "bare deno run")!.median;
    const limit = argv[0] === "--version" ? 1.3 : 2;
    target(`${argv[0]} vs bare deno run`, `≤ ${limit}×`, `${r.toFixed(2)}×`, r <= limit);
  }
}

// ---- a: start-up steps, each in a fresh process -------------------------------------------------

if (only.has("a")) {
  const probe = `${tmp}/startup_probe.js`;
  const built = await text([
    deno,
    "bundle",
    "--quiet",
    `${ROOT}scripts/bench/startup_probe.ts`,
    "-o",
    probe,
  ]);
  if (built.code !== 0) throw new Error(built.stderr);
  const fake = await startFake([]);
  try {
    const yaml = `${tmp}/probe-clouds.yaml`;
    await Deno.writeTextFile(yaml, fake.clouds, { mode: 0o600 });
    const e = env({ XDG_CACHE_HOME: `${tmp}/probe-cache`, XDG_CONFIG_HOME: `${tmp}/probe-config` });
    const run = async (mode: string) => {
      const o = await text([
        deno,
        "run",
        ...RUNTIME_PERMISSIONS,
        probe,
        mode,
        yaml,
        `${fake.url}/identity/v3`,
      ], e);
      if (o.code !== 0) throw new Error(`${mode}: ${o.stderr}`);
      return (JSON.parse(o.stdout) as { ms: number }).ms;
    };
    const steps: [string, string][] = [
      ["yaml", "parse clouds.yaml (js-yaml's first use included)"],
      ["cache-write", "token cache, first write (new key, encrypt, atomic write)"],
      ["cache-read", "token cache hit (key file, importKey, 2× SHA-256, read, decrypt)"],
      ["fetch", "first HTTP request of the process (fetch's lazy load included)"],
    ];
    const samples = new Map(steps.map(([m]) => [m, [] as number[]]));
    for (let r = 0; r < rounds(15, 5); r++) {
      await Deno.remove(`${tmp}/probe-cache`, { recursive: true }).catch(() => {});
      await Deno.remove(`${tmp}/probe-config`, { recursive: true }).catch(() => {});
      for (const [m] of steps) samples.get(m)!.push(await run(m));
    }
    emit(
      "## (a) start-up steps, each timed inside a fresh process (scripts/bench/startup_probe.ts, bundled)\n",
    );
    emit("| step | median ms | min | max |\n|---|---:|---:|---:|");
    for (const [m, what] of steps) {
      const xs = samples.get(m)!;
      emit(
        `| ${what} | ${median(xs).toFixed(2)} | ${Math.min(...xs).toFixed(2)} | ${
          Math.max(...xs).toFixed(2)
        } |`,
      );
    }
    emit("\nTLS: see (f).\n");
  } finally {
    await fake.stop();
  }
}

// ---- g: start-up with a 488-entry registry ------------------------------------------------

if (only.has("g")) {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  const variants: [string, SyntheticOptions][] = [
    ["", { modules: "plain" }],
    [" (empty modules)", { modules: "empty" }],
    [" (registry only)", { modules: "none" }],
    [" (minified)", { modules: "plain", minify: true }],
  ];
  const built: [string, SyntheticBundle][] = [];
  for (const [i, [suffix, o]] of variants.entries()) {
    built.push([suffix, await buildSyntheticBundle(`${tmp}/synthetic-${i}`, o)]);
  }
  const run = (b: SyntheticBundle) => [deno, "run", ...RUNTIME_PERMISSIONS, b.path];
  // what is measured must work: every command listed, and one loads from its module
  for (const [suffix, b] of built) {
    const help = await text([...run(b), "--help"], env());
    const listed = help.stdout.split("Commands:\n")[1]?.split("\n").filter(Boolean).length;
    const one = await text([...run(b), "server", "list", "--help"], env());
    if (help.code !== 0 || listed !== b.commands || !one.stdout.startsWith("usage: ")) {
      throw new Error(`synthetic bundle${suffix}: --help listed ${listed}; ${one.stderr}`);
    }
  }
  const n = built[0][1].commands;
  const subjects: Subject[] = [{ label: "bare deno run", cmd: [deno, "run", bare], env: env() }];
  for (const [suffix, b] of built) {
    for (const what of ["--version", "--help"]) {
      subjects.push({
        label: `${what}, ${n} commands${suffix}`,
        cmd: [...run(b), what],
        env: env(),
      });
    }
  }
  subjects.push(
    { label: "--version, shipped bundle", cmd: [...OURS, "--version"], env: env() },
    { label: "--help, shipped bundle", cmd: [...OURS, "--help"], env: env() },
  );
  const stats = await compare(subjects, rounds(30, 15));
  const shipped = (await Deno.stat(`${ROOT}dist/openstack.js`)).size;
  emit(table(`(g) start-up with a synthetic ${n}-entry registry`, stats, "bare deno run"));
  emit(
    `Bundles: ${
      built.map(([suffix, b]) => `${n} commands${suffix} ${kb(b.bytes)}`).join("; ")
    }; shipped (${registry.length} commands) ${kb(shipped)}. The registry module: ${
      kb(built[0][1].registryBytes)
    }. Each command module of the first: 2.3 KB of source, about the median command file ` +
      "today; the minified one is built with `deno bundle --minify`, which scripts/build.ts does not use.\n",
  );
  const bare0 = statOf(stats, "bare deno run")!.median;
  for (const [what, limit] of [["--version", 1.3], ["--help", 2]] as const) {
    const r = statOf(stats, `${what}, ${n} commands`)!.median / bare0;
    target(
      `${what} vs bare deno run, ${n}-entry registry`,
      `≤ ${limit}×`,
      `${r.toFixed(2)}×`,
      r <= limit,
    );
  }
}

// ---- b, c, h: the real cloud -----------------------------------------------------------------

// What a CI job does: every read command this CLI has, server list variants first.
const CI_COMMANDS = [
  "server list",
  "server list --long",
  "server list -f json",
  "server list -n -f value -c Name",
  "server list --name server-1",
  "server list --status ACTIVE -f csv",
  "server show server-1",
  "server show server-1 -f json",
  "flavor list",
  "flavor show m1.tiny",
  "image list",
  "image show cirros-0.6.2-x86_64-disk",
  "network list",
  "network show private",
  "volume list",
  "volume show volume-1",
  "project list",
  "flavor list --long -f json",
  "image list --long",
  "token issue -f value -c expires",
];

const REAL = Deno.env.get("OSC_E2E_CLOUDS") ?? "/var/tmp/oscloud/clouds.yaml";
async function realCloudUp(): Promise<boolean> {
  try {
    // up, not fast: a busy Keystone may take seconds
    const r = await fetch("http://127.0.0.1:5000/v3", { signal: AbortSignal.timeout(15000) });
    await r.body?.cancel();
    return r.ok && await exists(REAL);
  } catch {
    return false;
  }
}

if ((only.has("b") || only.has("c") || only.has("h")) && !await realCloudUp()) {
  emit(
    "## (b), (c) and (h) on the real cloud skipped: the real test cloud does not answer on 127.0.0.1:5000 (`bash scripts/cloud/up.sh`)\n",
  );
} else {
  const realEnv = env({ OS_CLIENT_CONFIG_FILE: REAL, OS_CLOUD: "admin" });
  if (only.has("b")) {
    const ok = (
      o: RunOutput,
    ) => (o.code === 0 && o.stdout.includes("+--") ? undefined : `exit ${o.code}`);
    const subjects: Subject[] = [
      ...py("python-openstackclient", ["server", "list"], realEnv, { check: ok }),
      ...ours("ours, cold token cache", ["server", "list"], realEnv, {
        before: emptyTokenCache,
        check: ok,
      }),
      ...ours("ours, warm token cache", ["server", "list"], realEnv, { check: ok }),
    ];
    const stats = await compare(subjects, rounds(10, 3));
    emit(
      table(
        "(b) `server list` on the real test cloud (3 servers)",
        stats,
        "ours, warm token cache",
      ),
    );
    const warm = ratio(stats, "python-openstackclient", "ours, warm token cache");
    const cold = ratio(stats, "python-openstackclient", "ours, cold token cache");
    emit(`python / ours: ${cold} (cold), ${warm} (warm)\n`);

    // the requests each made, from --debug
    await emptyTokenCache();
    const coldReq = requestsOf(
      (await text([...OURS, "server", "list", "--debug"], realEnv)).stderr,
    );
    const warmReq = requestsOf(
      (await text([...OURS, "server", "list", "--debug"], realEnv)).stderr,
    );
    const pyReq = python
      ? requestsOf(
        (await text([PYTHON, "server", "list", "--debug"], { ...realEnv, PATH: "/usr/bin:/bin" }))
          .stderr,
      )
      : [];
    emit("Requests (from --debug):\n");
    emit("| python-openstackclient | ours, cold | ours, warm |\n|---|---|---|");
    for (let i = 0; i < Math.max(pyReq.length, coldReq.length, warmReq.length); i++) {
      emit(`| ${pyReq[i] ?? ""} | ${coldReq[i] ?? ""} | ${warmReq[i] ?? ""} |`);
    }
    emit(`| **${pyReq.length}** | **${coldReq.length}** | **${warmReq.length}** |\n`);
    const w = statOf(stats, "ours, warm token cache");
    const p = statOf(stats, "python-openstackclient");
    if (w && p) {
      target("warm `server list`, real cloud", "≥ 10× python", warm, p.median / w.median >= 10);
    }
    const afterAuth = warmReq.filter((r) => !r.includes("/auth/tokens")).length;
    target(
      "warm `server list` requests (after auth)",
      "≤ 3",
      `${warmReq.length} (${afterAuth} after auth)`,
      warmReq.length <= 3,
    );
  }
  if (only.has("c")) {
    const commands = CI_COMMANDS;
    const script = `${tmp}/ci.sh`;
    await Deno.writeTextFile(
      script,
      "set -e\n" + commands.map((c) => `$OSC ${c} > /dev/null`).join("\n") + "\n",
    );
    const subjects: Subject[] = [
      ...(python
        ? [{
          label: "python-openstackclient",
          cmd: ["bash", script],
          env: { ...realEnv, PATH: "/usr/bin:/bin", OSC: PYTHON },
          cwd: tmp,
        }]
        : []),
      {
        label: "ours (cache empty at start)",
        cmd: ["bash", script],
        env: { ...realEnv, OSC: OURS.join(" ") },
        cwd: tmp,
        before: emptyTokenCache,
      },
      {
        label: "ours (token already cached)",
        cmd: ["bash", script],
        env: { ...realEnv, OSC: OURS.join(" ") },
        cwd: tmp,
      },
      ...(compiled
        ? [{
          label: "ours (compiled, cache empty at start)",
          cmd: ["bash", script],
          env: { ...realEnv, OSC: COMPILED },
          cwd: tmp,
          before: emptyTokenCache,
        }]
        : []),
    ];
    const stats = await compare(subjects, rounds(3, 1), 0);
    emit(
      table(
        `(c) a CI script of ${commands.length} read commands on the real cloud`,
        stats,
        "ours (cache empty at start)",
      ),
    );
    emit("Commands: " + commands.map((c) => "`" + c + "`").join(", ") + ".\n");
    const r = ratio(stats, "python-openstackclient", "ours (cache empty at start)");
    const rw = ratio(stats, "python-openstackclient", "ours (token already cached)");
    emit(`python / ours: ${r} (cache empty at start), ${rw} (token already cached)\n`);
    const p = statOf(stats, "python-openstackclient");
    const o = statOf(stats, "ours (cache empty at start)")!;
    const ow = statOf(stats, "ours (token already cached)")!;
    if (p) {
      target(
        "20-command script, cache empty at start",
        "≥ 15× python",
        r,
        p.median / o.median >= 15,
      );
      target("20-command script, token cached", "≥ 15× python", rw, p.median / ow.median >= 15);
    }
  }
}

// ---- d, e, f: the fake cloud ------------------------------------------------------------------

interface Fake {
  url: string;
  clouds: string;
  cacert?: string;
  stop(): Promise<void>;
  requests(): Promise<string[]>;
}

async function startFake(extra: string[]): Promise<Fake> {
  const child = new Deno.Command(deno, {
    args: ["run", "-A", `${ROOT}scripts/bench/fake_cloud.ts`, ...extra],
    stdout: "piped",
    stderr: "inherit",
    stdin: "null",
  }).spawn();
  const reader = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let buf = "";
  while (!buf.includes("\n")) {
    const { value, done } = await reader.read();
    if (done) throw new Error("the fake cloud did not start");
    buf += value;
  }
  const info = JSON.parse(buf.split("\n")[0]) as { url: string; clouds: string; cacert?: string };
  const client = info.cacert
    ? Deno.createHttpClient({ caCerts: [await Deno.readTextFile(info.cacert)] })
    : undefined;
  return {
    ...info,
    async stop() {
      child.kill("SIGTERM");
      await child.status;
      reader.releaseLock();
      await child.stdout.cancel().catch(() => {});
      client?.close();
    },
    async requests() {
      const r = await fetch(`${info.url}/_bench/requests`, client ? { client } : {});
      return await r.json() as string[];
    },
  };
}

async function cloudsFile(fake: Fake, name: string): Promise<string> {
  const file = `${tmp}/${name}.yaml`;
  await Deno.writeTextFile(file, fake.clouds, { mode: 0o600 });
  return file;
}

if (only.has("d") || only.has("e")) {
  const N = 10_000;
  const fake = await startFake(["--servers", String(N)]);
  try {
    const e = env({ OS_CLIENT_CONFIG_FILE: await cloudsFile(fake, "fake10k"), OS_CLOUD: "admin" });
    if (only.has("d")) {
      const rows = (o: RunOutput) => {
        if (o.code !== 0) return `exit ${o.code}: ${o.stderr.split("\n")[0]}`;
        const n = o.stdout.split("\n").filter((l) =>
          l.startsWith("| ") && !l.startsWith("| ID ")
        ).length;
        return n === N ? undefined : `${n} rows, not ${N}`;
      };
      const subjects: Subject[] = [
        ...py("python-openstackclient (--limit -1)", ["server", "list", "--limit", "-1"], e, {
          rss: true,
          check: rows,
        }),
        ...ours("ours", ["server", "list"], e, { rss: true, check: rows }),
      ];
      const stats = await compare(subjects, rounds(5, 1));
      emit(
        table(
          `(d) \`server list\` of ${
            N.toLocaleString("en")
          } servers (fake cloud, Nova max_limit 1000)`,
          stats,
          "ours",
        ),
      );
      await fake.requests();
      const check = await text([...OURS, "server", "list", "-f", "value", "-c", "ID"], e);
      const reqs = await fake.requests();
      const pages = reqs.filter((r) => r.includes("/servers/detail")).length;
      const ids = new Set(check.stdout.trim().split("\n")).size;
      emit(
        `Pages: ours made ${pages} servers/detail requests and printed ${ids} distinct IDs; requests: ${reqs.length} (${
          reqs.filter((r) => !r.includes("/servers/detail")).join(", ")
        }).\n`,
      );
      const r = ratio(stats, "python-openstackclient (--limit -1)", "ours");
      emit(`python / ours: ${r}\n`);
      const o = statOf(stats, "ours")!;
      const p = statOf(stats, "python-openstackclient (--limit -1)");
      target(
        "10,000 servers: every page followed",
        `${N} rows`,
        `${ids} IDs, ${pages} pages`,
        ids === N && o.failures === 0,
      );
      target(
        "10,000 servers: peak RSS",
        "≤ 150 MB",
        `${o.rssMb?.toFixed(0)} MB (max ${o.rssMaxMb?.toFixed(0)})`,
        (o.rssMaxMb ?? Infinity) <= 150,
      );
      if (p) target("10,000 servers: time", "≥ 5× python", r, p.median / o.median >= 5);
    }
    if (only.has("e")) {
      const bytes = (
        o: RunOutput,
      ) => (o.code === 0 && Number(o.stdout.trim()) > 1000
        ? undefined
        : `exit ${o.code}, ${o.stdout.trim()} bytes`);
      const pipe = (
        cmd: string,
      ) => ["bash", "-o", "pipefail", "-c", `${cmd} server list -f json | wc -c`];
      const subjects: Subject[] = [
        ...(python
          ? [{
            label: "python-openstackclient (--limit -1)",
            cmd: [
              "bash",
              "-o",
              "pipefail",
              "-c",
              `${PYTHON} server list --limit -1 -f json | wc -c`,
            ],
            env: { ...e, PATH: "/usr/bin:/bin" },
            cwd: tmp,
            check: bytes,
            rss: true,
          }]
          : []),
        { label: "ours", cmd: pipe(OURS.join(" ")), env: e, cwd: tmp, check: bytes, rss: true },
        ...(compiled
          ? [{
            label: "ours (compiled)",
            cmd: pipe(COMPILED),
            env: e,
            cwd: tmp,
            check: bytes,
            rss: true,
          }]
          : []),
      ];
      const stats = await compare(subjects, rounds(5, 1));
      emit(
        table(
          `(e) \`server list -f json | wc -c\` of ${N.toLocaleString("en")} servers`,
          stats,
          "ours",
        ),
      );
      emit(
        `Bytes: ${stats.map((s) => `${s.label} ${s.last?.stdout.trim()}`).join("; ")}${
          new Set(stats.map((s) => s.last?.stdout.trim())).size === 1 ? " (identical)" : ""
        }. ` +
          "Peak RSS here is the largest process of the pipeline (GNU time reports its children's maximum).\n",
      );
      emit(`python / ours: ${ratio(stats, "python-openstackclient (--limit -1)", "ours")}\n`);
    }
  } finally {
    await fake.stop();
  }
}

if (only.has("f")) {
  const tlsDir = await Deno.makeTempDir({ dir: tmp, prefix: "tls-" });
  const https = await startFake(["--tls", tlsDir]);
  const http = await startFake([]);
  try {
    const eHttps = env({
      OS_CLIENT_CONFIG_FILE: await cloudsFile(https, "https"),
      OS_CLOUD: "admin",
    });
    const eHttp = env({ OS_CLIENT_CONFIG_FILE: await cloudsFile(http, "http"), OS_CLOUD: "admin" });
    const ok = (
      o: RunOutput,
    ) => (o.code === 0 && o.stdout.includes("server-1")
      ? undefined
      : `exit ${o.code}: ${o.stderr.split("\n")[0]}`);
    const subjects: Subject[] = [
      ...ours("ours, HTTP, warm", ["server", "list"], eHttp, { check: ok }),
      ...ours("ours, HTTPS, warm", ["server", "list"], eHttps, { check: ok }),
      ...ours("ours, HTTPS, cold", ["server", "list"], eHttps, {
        check: ok,
        before: emptyTokenCache,
      }),
      ...py("python-openstackclient, HTTPS", ["server", "list"], eHttps, { check: ok }),
    ];
    const stats = await compare(subjects, rounds(10, 3));
    emit(
      table(
        "(f) `server list` over HTTPS (fake cloud, test CA via clouds.yaml cacert)",
        stats,
        "ours, HTTP, warm",
      ),
    );
    emit(
      `python / ours (HTTPS, warm): ${
        ratio(stats, "python-openstackclient, HTTPS", "ours, HTTPS, warm")
      }\n`,
    );

    // the first HTTPS request of a Deno process, phase by phase
    const probe = async (mode: string, url: string) => {
      const o = await text([
        deno,
        "run",
        "-A",
        `${ROOT}scripts/bench/tls_probe.ts`,
        url,
        https.cacert!,
        mode,
      ]);
      return JSON.parse(o.stdout) as Record<string, number>;
    };
    const modes: [string, string][] = [
      ["http", `${http.url}/identity/v3`],
      ["https", `${https.url}/identity/v3`],
      ["https-prewarm", `${https.url}/identity/v3`],
      ["rng", `${https.url}/identity/v3`],
    ];
    const samples = new Map<string, Record<string, number>[]>(modes.map(([m]) => [m, []]));
    for (let r = 0; r < rounds(15, 5); r++) {
      for (const [m, url] of modes) samples.get(m)!.push(await probe(m, url));
    }
    const col = (m: string, k: string) => {
      const xs = samples.get(m)!.map((s) => s[k]).filter((x) => x !== undefined);
      return xs.length ? median(xs).toFixed(1) : "";
    };
    emit(
      "First request in a fresh Deno process (scripts/bench/tls_probe.ts; medians, ms; 15 ms of simulated start-up work first):\n",
    );
    emit(
      "| mode | HTTP client | first request | second request (same connection) |\n|---|---:|---:|---:|",
    );
    for (const [m] of modes.slice(0, 3)) {
      emit(
        `| ${m} | ${col(m, "client")} | ${col(m, "firstRequest")} | ${col(m, "secondRequest")} |`,
      );
    }
    emit(
      `\naws-lc's one-time random-generator seeding (CPU jitter entropy), forced on the main thread: ${
        col("rng", "rngSeed")
      } ms.\n`,
    );
  } finally {
    await https.stop();
    await http.stop();
  }
}

// ---- h: the CI script in one process ------------------------------------------------------

/** (h) on one cloud: `commands` as one --batch file, against python both ways. */
async function batchScenario(where: string, realEnv: Record<string, string>, commands: string[]) {
  const ciFile = where.includes("fake") ? "ci-fake" : "ci";
  // One file, one command a line, for our --batch and python's stdin.
  const lines = `${tmp}/${ciFile}.txt`;
  await Deno.writeTextFile(lines, commands.join("\n") + "\n");
  const byCommand = `${tmp}/${ciFile}-each.sh`;
  await Deno.writeTextFile(
    byCommand,
    "set -e\n" + commands.map((c) => `$OSC ${c} > /dev/null`).join("\n") + "\n",
  );
  // what is timed must be right: our batch prints what our commands print one by one
  const time = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?/g;
  const batchOut = await text([...OURS, "--batch", lines], realEnv);
  let eachOut = "";
  for (const c of commands) {
    eachOut += (await text([...OURS, ...c.split(" ")], realEnv)).stdout;
  }
  const same = batchOut.code === 0 && batchOut.stderr === "" &&
    batchOut.stdout.replace(time, "<time>") === eachOut.replace(time, "<time>");
  const quiet = (o: RunOutput) => (o.code === 0 ? undefined : `exit ${o.code}: ${o.stderr}`);
  const subjects: Subject[] = [
    ...(python
      ? [{
        label: "python-openstackclient, command by command",
        cmd: ["bash", byCommand],
        env: { ...realEnv, PATH: "/usr/bin:/bin", OSC: PYTHON },
        cwd: tmp,
      }, {
        label: "python-openstackclient, interactive mode (stdin)",
        cmd: ["bash", "-c", `${PYTHON} < ${lines} > /dev/null`],
        env: { ...realEnv, PATH: "/usr/bin:/bin" },
        cwd: tmp,
      }]
      : []),
    {
      label: "ours, command by command (token cached)",
      cmd: ["bash", byCommand],
      env: { ...realEnv, OSC: OURS.join(" ") },
      cwd: tmp,
    },
    {
      label: "ours, --batch (cache empty at start)",
      cmd: [...OURS, "--batch", lines],
      env: realEnv,
      cwd: tmp,
      before: emptyTokenCache,
      check: quiet,
    },
    {
      label: "ours, --batch (token cached)",
      cmd: [...OURS, "--batch", lines],
      env: realEnv,
      cwd: tmp,
      check: quiet,
    },
    ...(compiled
      ? [{
        label: "ours (compiled), --batch (cache empty at start)",
        cmd: [COMPILED, "--batch", lines],
        env: realEnv,
        cwd: tmp,
        before: emptyTokenCache,
        check: quiet,
      }]
      : []),
  ];
  const stats = await compare(subjects, rounds(3, 1), 0);
  emit(
    table(
      `(h) ${commands.length} commands of the CI script of (c) in one process, on ${where}`,
      stats,
      "ours, --batch (cache empty at start)",
    ),
  );
  emit(
    `Our --batch output ${
      same ? "equals" : "DIFFERS FROM"
    } our commands' output run one by one (timestamps aside).\n`,
  );
  const each = "python-openstackclient, command by command";
  const inter = "python-openstackclient, interactive mode (stdin)";
  const cold = "ours, --batch (cache empty at start)";
  const warm = "ours, --batch (token cached)";
  emit(
    `python command by command / ours --batch: ${
      ratio(stats, each, cold)
    } (cache empty at start), ${
      ratio(stats, each, warm)
    } (token cached); python interactive / ours --batch: ${ratio(stats, inter, cold)}, ${
      ratio(stats, inter, warm)
    }\n`,
  );
  const p = statOf(stats, each);
  const o = statOf(stats, cold)!;
  if (p) {
    target(
      `${commands.length}-command script on ${where}, --batch vs python command by command`,
      "≥ 15×",
      ratio(stats, each, cold),
      p.median / o.median >= 15 && same,
    );
  }
}

if (only.has("h")) {
  if (await realCloudUp()) {
    await batchScenario(
      "the real cloud",
      env({ OS_CLIENT_CONFIG_FILE: REAL, OS_CLOUD: "admin" }),
      CI_COMMANDS,
    );
  }
  // the fake cloud answers at once: what is left is each client's own cost
  const fake = await startFake([]);
  try {
    await batchScenario(
      "the fake cloud (the commands it serves)",
      env({ OS_CLIENT_CONFIG_FILE: await cloudsFile(fake, "fake-batch"), OS_CLOUD: "admin" }),
      CI_COMMANDS.filter((c) => /^(server|flavor|image|token) /.test(c)),
    );
  } finally {
    await fake.stop();
  }
}

// ---- targets ---------------------------------------------------------------------------------

emit("## Targets\n\n| target | goal | measured | met |\n|---|---|---|---|");
for (const t of targets) {
  emit(
    `| ${t.what} | ${t.goal} | ${t.got} | ${
      t.met === undefined ? "n/a" : t.met ? "yes" : "**no**"
    } |`,
  );
}
if (out) await Deno.writeTextFile(out, report);
await Deno.remove(tmp, { recursive: true }).catch(() => {});
