/**
 * Runs every write case of tests/parity/cases/: python-openstackclient and our CLI each
 * create, show and delete their own resource on the real cloud; the outputs
 * must agree once the resource's own name and volatile fields are set aside.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import yaml from "js-yaml";
import { type Outcome, runOurs, runPython } from "../helpers/cli.ts";
import { closePythonRunners } from "../helpers/python_pool.ts";
import { cloudEnv } from "./cloud_env.ts";
import type { WriteCase } from "../parity/case.ts";
import { writeCases as allWriteCases } from "../parity/cases.ts";

/**
 * OSC_E2E_WRITE_ONLY=<regex>: only the cases whose test name matches run. Deno's --filter
 * alone skips the other tests but not their cases, which the scheduler starts all together.
 */
const only = Deno.env.get("OSC_E2E_WRITE_ONLY");
/**
 * Cases marked pending (not yet equal, with the reason) are named, not run;
 * OSC_E2E_WRITE_PENDING=1 runs them too, to see where they stand.
 */
const runPending = Deno.env.get("OSC_E2E_WRITE_PENDING") === "1";
const pending = runPending ? [] : allWriteCases.filter((c) => c.pending);
const writeCases = allWriteCases.filter((c) =>
  (runPending || !c.pending) && (!only || new RegExp(only).test(`write parity: ${c.name}`))
);

const cacheDir = await Deno.makeTempDir({ prefix: "osc-e2e-write-cache-" });
const run = Deno.env.get("OSC_E2E_RUN") ?? crypto.randomUUID().slice(0, 8);

function env(c: WriteCase): Record<string, string> {
  if (!c.ownProject) return cloudEnv(c.cloud, cacheDir);
  if (!ownClouds) throw new Error(`project ${ownProject} was not made (see its test above)`);
  return { ...cloudEnv("admin", cacheDir), OS_CLIENT_CONFIG_FILE: ownClouds };
}

/**
 * The project for cases with `ownProject` (the admin user holds the admin role there, so
 * shows say what they say in the admin project), and a clouds.yaml whose "admin" cloud is
 * scoped to it (python's client takes the project from the cloud only, never from
 * OS_PROJECT_NAME or --os-project-name once a cloud is named).
 */
const ownProject = `e2e-${run}-project`;
let ownClouds: string | undefined;

async function python(argv: string[]): Promise<string> {
  const out = await runPython(argv, cloudEnv("admin", cacheDir));
  strictEqual(out.code, 0, `openstack ${argv.join(" ")}: ${out.stderr}`);
  return out.stdout;
}

/** Neutron gives a project a default security group with its first port: removed here. */
async function removeSecurityGroups(project: string): Promise<void> {
  const ids = ["security", "group", "list", "--project", project, "-f", "value", "-c", "ID"];
  for (const id of (await python(ids)).split("\n").filter(Boolean)) {
    await python(["security", "group", "delete", id]);
  }
}

if (writeCases.some((c) => c.ownProject)) {
  Deno.test({ name: `write parity: make project ${ownProject}`, sanitizeOps: false }, async () => {
    const file = cloudEnv("admin", cacheDir).OS_CLIENT_CONFIG_FILE;
    const doc = (yaml as { load(s: string): unknown }).load(await Deno.readTextFile(file)) as {
      clouds: Record<string, { auth: Record<string, string> }>;
    };
    const admin = doc.clouds.admin;
    await python(["project", "create", ownProject, "--domain", "Default"]);
    const { username, user_domain_name: userDomain = "Default" } = admin.auth;
    await python([
      ...["role", "add", "--user", username, "--user-domain", userDomain],
      ...["--project", ownProject, "--project-domain", "Default", "admin"],
    ]);
    const clouds = { admin: { ...admin, auth: { ...admin.auth, project_name: ownProject } } };
    ownClouds = `${cacheDir}/clouds-${ownProject}.yaml`;
    await Deno.writeTextFile(ownClouds, JSON.stringify({ clouds }), { mode: 0o600 });
  });
}

/** The resource's own name becomes <name>; volatile keys become <volatile>. */
function normalise(out: Outcome, name: string, c: WriteCase): unknown {
  strictEqual(out.code, 0, `exit ${out.code}: ${out.stderr}`);
  const doc = JSON.parse(out.stdout) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(doc).map((
      [k, v],
    ) => [
      k,
      c.volatile.includes(k)
        ? "<volatile>"
        : c.masks?.[k]
        ? c.masks[k](v)
        : v === name
        ? "<name>"
        : v,
    ]),
  );
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Nova's aggregates have integer ids, which appear in their errors (URL and message). */
const AGGREGATE_ID = /(\/os-aggregates\/|[Aa]ggregate )\d+/g;
/** keystone words a missing EC2 credential by the SHA-256 digest of its access key. */
const DIGEST = /\b[0-9a-f]{64}\b/g;
/** Keystone's ids: 32 hex digits, no dashes (each client's implied role has its own). */
const KEYSTONE_ID = /\b[0-9a-f]{32}\b/g;
/** Swift's transaction ids (in its errors' Request-ID and container create's x-trans-id). */
const SWIFT_TX = /\btx[0-9a-f]{21}-[0-9a-f]{10}\b/g;
/** A change step's output without the resource's name and ids (each client has its own). */
const anon = (s: string, name: string, id?: string, other?: string) =>
  (id ? s.replaceAll(id, "<id>") : s).replaceAll(name, "<name>")
    // what the other client made, where a listing sees both (an inherited role's projects)
    .replaceAll(other ?? name, "<other>").replace(UUID, "<id>")
    .replace(DIGEST, "<digest>").replace(KEYSTONE_ID, "<id>").replace(AGGREGATE_ID, "$1<id>")
    .replace(SWIFT_TX, "tx<id>");

/** create's `{id}` value (the case's idKey), when its output says. */
function idFrom(out: Outcome, c: WriteCase): string | undefined {
  try {
    let v: unknown = JSON.parse(out.stdout);
    for (const k of c.idKey.split(".")) v = (v as Record<string, unknown> | null)?.[k];
    return typeof v === "string" ? v : undefined;
  } catch {
    return undefined;
  }
}

const json = (argv: string[]) => [...argv, "-f", "json"];

/**
 * Polls `show` until the case's settled() holds; fails after three minutes. Ours polls: its
 * token is cached and it starts in a fraction of python's CPU (the shows are compared later).
 */
async function settle(c: WriteCase, name: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const out = await runOurs(json(c.show(name)), env(c));
    if (out.code === 0 && c.settled!(JSON.parse(out.stdout))) return;
    if (Date.now() > deadline) {
      throw new Error(`${name} did not settle: ${out.stdout}${out.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
/** A poll step for one resource: python runs it until its output matches; a minute at most. */
async function poll(argv: string[], until: RegExp, c: WriteCase): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const out = await runPython(argv, env(c));
    if (out.code === 0 && until.test(out.stdout)) return out.stdout;
    if (Date.now() > deadline) {
      throw new Error(`${argv.join(" ")} never matched ${until}: ${out.stdout}${out.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
let compared = 0;

/**
 * Cases that differed once and were equal on a second run from scratch, with what differed:
 * the cloud finishes some work after answering (a detach, a migration's clean-up), and a
 * loaded machine now and then shows it half done. The summary lists them; twice is a failure.
 */
const secondRuns: { name: string; first: string }[] = [];

async function checkTwice(c: WriteCase, i: number): Promise<void> {
  try {
    await check(c, `${i}`);
  } catch (e) {
    const first = (e instanceof Error ? e.message : String(e)).split("\n").slice(0, 16).join("\n");
    console.error(`write parity: ${c.name}: differed, running it again from scratch:\n${first}`);
    await check(c, `${i}r`);
    secondRuns.push({ name: c.name, first });
  }
}

/** One case, both clients, start to end; throws at the first difference. */
async function check(c: WriteCase, i: string): Promise<void> {
  const py = `e2e-${run}-${i}-py`;
  // as long as python's name, so that tables holding it are as wide as python's
  const ours = `e2e-${run}-${i}-ts`;
  let pyId: string | undefined;
  let ourId: string | undefined;
  let gone = false;
  try {
    for (const step of c.setup ?? []) {
      for (const n of [py, ours]) {
        const out = await runPython(step(n), env(c));
        strictEqual(out.code, 0, `setup ${step(n).join(" ")}: ${out.stderr}`);
      }
    }
    const [pc, oc] = await Promise.all([
      runPython(json(c.create(py)), env(c)),
      runOurs(json(c.create(ours)), env(c)),
    ]);
    [pyId, ourId] = [idFrom(pc, c), idFrom(oc, c)];
    deepStrictEqual(normalise(oc, ours, c), normalise(pc, py, c), "create output");

    if (c.settled) await Promise.all([settle(c, py), settle(c, ours)]);
    // what poll steps kept, for each client's later steps
    const kept = new Map<string, Map<string, string>>([[py, new Map()], [ours, new Map()]]);
    const fill = (argv: string[], n: string) =>
      argv.map((w) => w.replace(/\{(\w+)\}/g, (m, k) => kept.get(n)!.get(k) ?? m));
    for (const step of c.change) {
      if (step.poll) {
        await Promise.all(
          [[py, pyId], [ours, ourId]].map(async ([n, id]) => {
            const out = await poll(fill(step(n!, id), n!), step.poll!.until, c);
            if (step.poll!.as) kept.get(n!)!.set(step.poll!.as, out.trim());
          }),
        );
        continue;
      }
      const [pc2, oc2] = await Promise.all([
        runPython(fill(step(py, pyId), py), env(c), undefined, c.stdin),
        runOurs(fill(step(ours, ourId), ours), env(c), undefined, c.stdin),
      ]);
      const seen = (
        o: Outcome,
        n: string,
        id: string | undefined,
        other: string,
      ) => [o.code, anon(o.stdout, n, id, other), anon(o.stderr, n, id, other)];
      if (step.pythonBug) {
        // python fails after the request went out: ours must succeed, the next steps compare
        strictEqual(oc2.code, 0, `change: ${step("<name>").join(" ")}: ${oc2.stderr}`);
      } else {
        deepStrictEqual(
          seen(oc2, ours, ourId, py),
          seen(pc2, py, pyId, ours),
          `change: ${step("<name>").join(" ")}`,
        );
      }
      // a step may start a change the cloud finishes later (server pause): the next waits
      if (c.settled) await Promise.all([settle(c, py), settle(c, ours)]);
    }
    const [ps, os, osPy] = await Promise.all([
      runPython(json(c.show(py, pyId)), env(c)),
      runOurs(json(c.show(ours, ourId)), env(c)),
      runOurs(json(c.show(py, pyId)), env(c)),
    ]);
    deepStrictEqual(normalise(os, ours, c), normalise(ps, py, c), "show after create");
    // and our show of python's resource says exactly what python's does
    strictEqual(osPy.stdout, ps.stdout, "show of the python-made resource");

    if (c.makesProject) await Promise.all([removeSecurityGroups(py), removeSecurityGroups(ours)]);
    const [pd, od] = await Promise.all([
      runPython(c.delete(py, pyId), env(c)),
      runOurs(c.delete(ours, ourId), env(c)),
    ]);
    deepStrictEqual([od.code, od.stdout, od.stderr], [pd.code, pd.stdout, pd.stderr], "delete");

    const [pg, og] = await Promise.all([
      runPython(c.show(py, pyId), env(c)),
      runOurs(c.show(ours, ourId), env(c)),
    ]);
    strictEqual(og.code, pg.code, "show after delete: exit code");
    strictEqual(og.code, 1);
    strictEqual(anon(og.stderr, ours, ourId), anon(pg.stderr, py, pyId));
    gone = true;
    compared++;
  } finally {
    // leave nothing behind, whatever failed
    if (!gone) {
      if (c.makesProject) {
        await Promise.allSettled([removeSecurityGroups(py), removeSecurityGroups(ours)]);
      }
      await Promise.all([
        runPython(c.delete(py, pyId), env(c)),
        runPython(c.delete(ours, ourId), env(c)),
      ]);
    }
    for (const step of c.teardown ?? []) {
      await Promise.all([
        runPython(step(py, pyId), env(c)),
        runPython(step(ours, ourId), env(c)),
      ]);
    }
  }
}

// JOBS cases at a time (each has its own resources), so that the cloud's own work (a server
// booting, a volume settling) overlaps; a case marked `alone` waits for the others, and they
// for it. Started by the first test; each test waits for its own case.
const JOBS = Math.max(1, Number(Deno.env.get("OSC_E2E_WRITE_JOBS") ?? 4));
let outcomes: Promise<PromiseSettledResult<void>>[] | undefined;
function schedule(): Promise<PromiseSettledResult<void>>[] {
  const done = writeCases.map(() => Promise.withResolvers<PromiseSettledResult<void>>());
  // the cases that run alone go first, one after another: each one anywhere else would
  // wait for the whole pool to drain, leaving the cloud's slow work (boots) unoverlapped
  const order = [...writeCases.entries()].sort(([, a], [, b]) => Number(b.alone) - Number(a.alone));
  (async () => {
    const running = new Set<Promise<void>>();
    for (const [i, c] of order) {
      if (c.alone) await Promise.all(running);
      while (running.size >= JOBS) await Promise.race(running);
      const p: Promise<void> = Promise.allSettled([checkTwice(c, i)]).then(([r]) => {
        running.delete(p);
        done[i].resolve(r);
      });
      running.add(p);
      if (c.alone) await p;
    }
  })();
  return done.map((d) => d.promise);
}
function outcome(i: number) {
  outcomes ??= schedule();
  return outcomes[i];
}

for (const [i, c] of writeCases.entries()) {
  Deno.test(
    { name: `write parity: ${c.name}`, sanitizeOps: false, sanitizeResources: false },
    async () => {
      const r = await outcome(i);
      if (r.status === "rejected") throw r.reason;
    },
  );
}

if (writeCases.some((c) => c.ownProject)) {
  Deno.test(
    { name: `write parity: remove project ${ownProject}`, sanitizeOps: false },
    async () => {
      if (!ownClouds) return; // never made: its test above failed
      await removeSecurityGroups(ownProject);
      await python(["project", "delete", ownProject]);
    },
  );
}

Deno.test(
  { name: "write parity summary", sanitizeOps: false, sanitizeResources: false },
  async () => {
    await closePythonRunners();
    await Deno.remove(cacheDir, { recursive: true });
    console.log(
      `e2e write parity: ${compared} of ${writeCases.length} write cases equal ` +
        "(create, show after, delete, show once gone)",
    );
    console.log(`e2e write parity: ${pending.length} write cases pending`);
    for (const c of pending) console.log(`  pending: ${c.name}: ${c.pending}`);
    console.log(`e2e write parity: ${secondRuns.length} write cases equal on a second run`);
    for (const r of secondRuns) {
      console.log(
        `  second run: ${r.name}; the first differed:\n    ${r.first.replaceAll("\n", "\n    ")}`,
      );
    }
    strictEqual(compared, writeCases.length);
  },
);
