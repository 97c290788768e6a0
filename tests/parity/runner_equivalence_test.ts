/**
 * The warm python runner (tests/helpers/python_runner.py) prints what `/usr/bin/openstack`
 * prints: every parity case runs through both, against one cloud, and the exit codes, stdout
 * and stderr must be the same bytes. Only what differs on every run of python itself is set
 * aside (request ids, token ids and their expiry; a write case's own resource name and the
 * keys it calls volatile), and a case that differs is run once more both ways, back to back,
 * before it counts as different.
 *
 *   deno test -A tests/parity/runner_equivalence_test.ts
 *
 * OSC_EQUIV_CLOUD: "fake" (tests/fake_cloud, seeded like the real one), "real" (the test cloud,
 * /var/tmp/oscloud/clouds.yaml) or "auto" (default: real when Keystone answers on :5000).
 * OSC_EQUIV_JOBS: cases at a time in each mode (default: the pool size, 2).
 * OSC_EQUIV_SAMPLE=N: every k-th case only, N in all (for a quick check in CI), and no
 * environment probes (clouds.yaml found in the working directory or XDG_CONFIG_HOME, OS_*
 * variables alone, --version, help), which otherwise run too.
 * OSC_EQUIV_WRITES=0: leave out the write cases (on the real cloud they make servers).
 * OSC_EQUIV_ONLY=<regex>: only the cases whose label matches ("read: …", "write: …", "env: …").
 *
 * Prints the per-case time of each mode (grep "EQUIV").
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import yaml from "js-yaml";
import { baseEnv, type Outcome, runPython } from "../helpers/cli.ts";
import { closePythonRunners, poolSize, runnerStats } from "../helpers/python_pool.ts";
import { childrenCpuSeconds } from "../helpers/cpu.ts";
import { cloudEnv } from "../e2e/cloud_env.ts";
import { startFakeCloud } from "../fake_cloud/server.ts";
import type { Cloud, ReadCase, WriteCase } from "./case.ts";
import { readCases, writeCases } from "./cases.ts";

type Mode = "runner" | "subprocess";
const MODES: Mode[] = ["subprocess", "runner"];
const opts = { sanitizeOps: false, sanitizeResources: false };

async function realCloudUp(): Promise<boolean> {
  try {
    const r = await fetch("http://127.0.0.1:5000/v3", { signal: AbortSignal.timeout(2000) });
    await r.body?.cancel();
    return r.ok;
  } catch {
    return false;
  }
}

const wanted = Deno.env.get("OSC_EQUIV_CLOUD") ?? "auto";
const target = wanted === "auto" ? ((await realCloudUp()) ? "real" : "fake") : wanted;
const tmp = await Deno.makeTempDir({ prefix: "osc-equiv-" });
const fake = target === "fake" ? await startFakeCloud() : undefined;
let envFor: (cloud: Cloud) => Record<string, string>;
if (fake) {
  const system = [
    "  admin-system:",
    "    auth:",
    `      auth_url: ${fake.authUrl}`,
    "      username: admin",
    "      password: admin",
    "      user_domain_name: Default",
    "      system_scope: all",
    "    region_name: RegionOne",
    "    identity_api_version: 3",
    "    interface: public",
    "",
  ].join("\n");
  await Deno.writeTextFile(`${tmp}/clouds.yaml`, fake.cloudsYaml() + system, { mode: 0o600 });
  envFor = (cloud) =>
    baseEnv({
      OS_CLIENT_CONFIG_FILE: `${tmp}/clouds.yaml`,
      OS_CLOUD: cloud,
      XDG_CACHE_HOME: `${tmp}/cache`,
    });
} else {
  envFor = (cloud) => cloudEnv(cloud, `${tmp}/cache`);
}

// ---- what is compared ---------------------------------------------------------------------

/** Values python prints differently on every run, whichever way it runs. */
function perRun(s: string): string {
  return s.replace(/req-[0-9a-f-]{36}/g, "req-<id>")
    .replace(/\btx[0-9a-f]{21}-[0-9a-f]{10}\b/g, "tx<id>")
    .replace(/gAAAAA[A-Za-z0-9_=-]{20,}/g, "<token>")
    .replace(/(\| expires +\| |"expires": "|^expires: |^expires=")[0-9T:.+-]+Z?/gm, "$1<time>");
}

interface Step {
  argv: string[];
  out: Outcome;
}

/** One case's outcomes in one mode: one step for a read case, the lifecycle for a write case. */
interface Trace {
  steps: Step[];
}

const SAMPLE = Number(Deno.env.get("OSC_EQUIV_SAMPLE") ?? 0);
function sample<T>(xs: readonly T[]): T[] {
  if (!SAMPLE || SAMPLE >= xs.length) return [...xs];
  const k = xs.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, i) => xs[Math.floor(i * k)]);
}

const reads = sample(readCases);
const writes = Deno.env.get("OSC_EQUIV_WRITES") === "0" ? [] : sample(writeCases);
const run = crypto.randomUUID().slice(0, 6);

/** Every python run, compared or not (polls, clean-up): for the per-run figures. */
const runs: Record<Mode, { n: number; ms: number }> = {
  runner: { n: 0, ms: 0 },
  subprocess: { n: 0, ms: 0 },
};

async function py(argv: string[], cloud: Cloud, mode: Mode): Promise<Outcome> {
  const t0 = performance.now();
  const out = await runPython(argv, envFor(cloud), mode);
  runs[mode].n++;
  runs[mode].ms += performance.now() - t0;
  return out;
}

async function step(argv: string[], cloud: Cloud, mode: Mode): Promise<Step> {
  return { argv, out: await py(argv, cloud, mode) };
}

async function readTrace(c: ReadCase, mode: Mode): Promise<Trace> {
  return { steps: [await step([...c.argv], c.cloud, mode)] };
}

const json = (argv: string[]) => [...argv, "-f", "json"];

/** create → (settle) → show → delete → show, each client with its own resource. */
async function writeTrace(c: WriteCase, i: number, mode: Mode): Promise<Trace> {
  const name = `e2e-eq-${run}-${i}-${mode === "runner" ? "r" : "s"}`;
  const steps: Step[] = [];
  let id: string | undefined;
  try {
    steps.push(await step(json(c.create(name)), c.cloud, mode));
    try {
      id = (JSON.parse(steps[0].out.stdout) as { id?: string }).id;
    } catch {
      // no id printed: steps that say {id} keep the placeholder
    }
    if (c.settled && steps[0].out.code === 0) {
      const deadline = Date.now() + 180_000;
      for (;;) {
        const s = await py(json(c.show(name, id)), c.cloud, mode);
        if (s.code !== 0 || c.settled(JSON.parse(s.stdout)) || Date.now() > deadline) break;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    steps.push(await step(json(c.show(name, id)), c.cloud, mode));
    steps.push(await step(c.delete(name, id), c.cloud, mode));
    steps.push(await step(c.show(name, id), c.cloud, mode));
  } finally {
    await py(c.delete(name, id), c.cloud, mode);
  }
  return { steps: steps.map((s) => ({ ...s, out: nameless(s.out, name, c, id) })) };
}

/** A write case's outcome with its resource's name, and its volatile JSON keys, set aside. */
function nameless(out: Outcome, name: string, c: WriteCase, id?: string): Outcome {
  const anon = (t: string) => (id ? t.replaceAll(id, "<id>") : t).replaceAll(name, "<name>");
  let stdout = anon(out.stdout);
  try {
    const doc = JSON.parse(stdout) as Record<string, unknown>;
    for (const k of Object.keys(doc)) {
      if (c.volatile.includes(k)) doc[k] = "<volatile>";
      else if (c.masks?.[k]) doc[k] = c.masks[k](doc[k]);
    }
    stdout = JSON.stringify(doc, null, 1);
  } catch {
    // not JSON: compared as text
  }
  return { ...out, stdout, stderr: anon(out.stderr) };
}

// What a fresh process decides from its environment and directory, which the runner must
// redo for each run: where clouds.yaml is found (the working directory, XDG_CONFIG_HOME), the
// OS_* variables alone, and what needs no cloud at all.
const cloudsYaml = await Deno.readTextFile(
  fake ? `${tmp}/clouds.yaml` : envFor("admin").OS_CLIENT_CONFIG_FILE,
);
const admin =
  (yaml.load(cloudsYaml) as { clouds: Record<string, { auth: Record<string, string> }> })
    .clouds.admin.auth;
/** A run with only `extra` (and the base) in its environment: no OS_CLIENT_CONFIG_FILE. */
async function envProbe(
  mode: Mode,
  argv: string[],
  extra: (dir: string) => Promise<Record<string, string>>,
) {
  const dir = await Deno.makeTempDir({ dir: tmp, prefix: `probe-${mode}-` });
  const env = baseEnv({ XDG_CACHE_HOME: `${tmp}/cache`, OSC_TEST_CWD: dir, ...(await extra(dir)) });
  const t0 = performance.now();
  const out = await runPython(argv, env, mode);
  runs[mode].n++;
  runs[mode].ms += performance.now() - t0;
  return {
    steps: [{
      argv,
      out: {
        ...out,
        stdout: out.stdout.replaceAll(dir, "<dir>"),
        stderr: out.stderr.replaceAll(dir, "<dir>"),
      },
    }],
  };
}
const write = (path: string, text: string) => Deno.writeTextFile(path, text, { mode: 0o600 });
const probes: Job[] = [
  {
    label: "env: clouds.yaml in the working directory",
    code: 0,
    trace: (m) =>
      envProbe(m, ["--os-cloud", "admin", "flavor", "list"], async (dir) => {
        await write(`${dir}/clouds.yaml`, cloudsYaml);
        return {};
      }),
  },
  {
    label: "env: clouds.yaml in XDG_CONFIG_HOME",
    code: 0,
    trace: (m) =>
      envProbe(m, ["--os-cloud", "demo", "server", "list"], async (dir) => {
        await Deno.mkdir(`${dir}/config/openstack`, { recursive: true });
        await write(`${dir}/config/openstack/clouds.yaml`, cloudsYaml);
        return { XDG_CONFIG_HOME: `${dir}/config` };
      }),
  },
  {
    label: "env: OS_* variables only",
    code: 0,
    trace: (m) =>
      envProbe(m, ["image", "list"], () =>
        Promise.resolve({
          OS_AUTH_URL: admin.auth_url,
          OS_USERNAME: admin.username,
          OS_PASSWORD: admin.password,
          OS_PROJECT_NAME: admin.project_name,
          OS_USER_DOMAIN_NAME: admin.user_domain_name,
          OS_PROJECT_DOMAIN_NAME: admin.project_domain_name,
          OS_IDENTITY_API_VERSION: "3",
        })),
  },
  {
    label: "env: no cloud at all",
    code: 1,
    trace: (m) => envProbe(m, ["server", "list"], () => Promise.resolve({})),
  },
  {
    label: "env: --version",
    code: 0,
    trace: (m) => envProbe(m, ["--version"], () => Promise.resolve({})),
  },
  {
    label: "env: help server list",
    code: 0,
    trace: (m) => envProbe(m, ["help", "server", "list"], () => Promise.resolve({})),
  },
];

type Job = {
  label: string;
  trace: (mode: Mode) => Promise<Trace>;
  /** The exit code the plain python gives (a probe that fails both ways proves little). */
  code?: number;
  /** Runs with no other job at a time (a write case's `alone`). */
  alone?: boolean;
};
const ONLY = new RegExp(Deno.env.get("OSC_EQUIV_ONLY") ?? "");
const jobs: Job[] = [
  ...reads.map((c): Job => ({ label: `read: ${c.name}`, trace: (m) => readTrace(c, m) })),
  ...writes.map((c, i): Job => ({
    label: `write: ${c.name}`,
    trace: (m) => writeTrace(c, i, m),
    alone: c.alone,
  })),
  ...(SAMPLE ? [] : probes),
].filter((j) => ONLY.test(j.label));

async function allOf(mode: Mode, jobsAtATime: number) {
  const traces = new Array<Trace>(jobs.length);
  const t0 = performance.now();
  const cpu0 = mode === "runner" ? runnerStats.cpuMs / 1000 : childrenCpuSeconds();
  const running = new Set<Promise<void>>();
  for (const [i, job] of jobs.entries()) {
    if (job.alone) await Promise.all(running);
    while (running.size >= jobsAtATime) await Promise.race(running);
    const p: Promise<void> = job.trace(mode).then((t) => {
      traces[i] = t;
      running.delete(p);
    });
    running.add(p);
    if (job.alone) await p;
  }
  await Promise.all(running);
  const cpu1 = mode === "runner" ? runnerStats.cpuMs / 1000 : childrenCpuSeconds();
  return { traces, seconds: (performance.now() - t0) / 1000, cpuSeconds: cpu1 - cpu0 };
}

// ---- the run --------------------------------------------------------------------------------

const JOBS = Number(Deno.env.get("OSC_EQUIV_JOBS") ?? poolSize());
const results = new Map<Mode, Awaited<ReturnType<typeof allOf>>>();

Deno.test(
  { name: `runner equivalence: ${jobs.length} cases both ways (${target} cloud)`, ...opts },
  async () => {
    // warm the runners first: their start-up is paid once per test run, not per case
    const warm0 = performance.now();
    await Promise.all(
      Array.from({ length: poolSize() }, () => runPython(["--version"], envFor("admin"), "runner")),
    );
    const warmSeconds = (performance.now() - warm0) / 1000;
    for (const mode of MODES) {
      runs[mode] = { n: 0, ms: 0 };
      results.set(mode, await allOf(mode, JOBS));
    }
    const line = (m: Mode) =>
      `${m}: ${runs[m].n} python runs, ${(runs[m].ms / runs[m].n).toFixed(0)} ms each, ` +
      `${(results.get(m)!.cpuSeconds * 1000 / runs[m].n).toFixed(0)} ms CPU each, ` +
      `${results.get(m)!.seconds.toFixed(1)} s wall at ${JOBS} at a time`;
    console.log(`EQUIV ${target} cloud, ${jobs.length} cases`);
    console.log(`EQUIV ${line("subprocess")}`);
    console.log(`EQUIV ${line("runner")} (+ ${warmSeconds.toFixed(1)} s to start ${poolSize()})`);
  },
);

let identical = 0;
let identicalAfterPerRun = 0;
let equalOnRetry = 0;

for (const [i, job] of jobs.entries()) {
  Deno.test({ name: `runner equivalence: ${job.label}`, ...opts }, async () => {
    const sub = results.get("subprocess")?.traces[i];
    const run = results.get("runner")?.traces[i];
    ok(sub && run, "not run (the first test failed)");
    if (job.code !== undefined) {
      strictEqual(sub.steps[0].out.code, job.code, sub.steps[0].out.stderr);
    }
    const raw = (t: Trace) => t.steps.map((s) => [s.out.code, s.out.stdout, s.out.stderr]);
    const cooked = (t: Trace) =>
      t.steps.map((s) => [s.argv.length, s.out.code, perRun(s.out.stdout), perRun(s.out.stderr)]);
    if (JSON.stringify(raw(sub)) === JSON.stringify(raw(run))) identical++;
    if (JSON.stringify(cooked(sub)) === JSON.stringify(cooked(run))) {
      identicalAfterPerRun++;
      return;
    }
    // the cloud is live: a value may have changed between the two passes
    const [s2, r2] = await Promise.all([job.trace("subprocess"), job.trace("runner")]);
    deepStrictEqual(cooked(r2), cooked(s2), `${job.label}: runner and subprocess differ`);
    equalOnRetry++;
  });
}

Deno.test({ name: "runner equivalence: summary", ...opts }, async () => {
  await closePythonRunners();
  await fake?.close();
  await Deno.remove(tmp, { recursive: true });
  console.log(
    `EQUIV ${identical} of ${jobs.length} cases byte-identical, ` +
      `${identicalAfterPerRun} identical once request ids, tokens and expiry times are set aside, ` +
      `${equalOnRetry} equal on a second run`,
  );
  strictEqual(identicalAfterPerRun + equalOnRetry, jobs.length);
});
