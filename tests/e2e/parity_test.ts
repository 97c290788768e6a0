/**
 * Runs every live read case of tests/parity/cases/ through both clients against the real cloud
 * (scripts/cloud/up.sh) and compares (how: tests/parity/case.ts, `Compare`). Prints a summary
 * line with the number of commands and cases compared.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { type Outcome, pythonMode, runOurs, runPython } from "../helpers/cli.ts";
import { closePythonRunners, runnerStats } from "../helpers/python_pool.ts";
import { childrenCpuSeconds } from "../helpers/cpu.ts";
import { cloudEnv } from "./cloud_env.ts";
import type { ReadCase } from "../parity/case.ts";
import { liveReadCases as cases } from "../parity/cases.ts";
import { registry } from "../../src/registry.gen.ts";

const cacheDir = await Deno.makeTempDir({ prefix: "osc-e2e-cache-" });
const t0 = performance.now();
const cpu0 = childrenCpuSeconds();

function env(c: ReadCase): Record<string, string> {
  return cloudEnv(c.cloud, cacheDir);
}

const VOLATILE =
  /^(created|updated|created_at|updated_at|Created At|Updated At|launched_at|expires)$/i;

function normaliseJson(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(normaliseJson);
  if (v && typeof v === "object") {
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [k, VOLATILE.test(k) ? "<volatile>" : normaliseJson(x)]),
    );
  }
  return v;
}

function normaliseText(s: string): string {
  // Swift's transaction ids: tx, 21 hex digits, "-", the time in hex
  return s.replace(/req-[0-9a-f-]{36}/g, "req-<id>").replace(
    /\btx[0-9a-f]{21}-[0-9a-f]{10}\b/g,
    "tx<id>",
  );
}

function lastLine(s: string): string {
  const lines = s.trimEnd().split("\n");
  return lines[lines.length - 1];
}

/** Paths where two JSON values differ, as `path: ours | python` (first few only). */
function jsonDiff(a: unknown, b: unknown, path = "$", out: string[] = []): string[] {
  if (out.length >= 8) return out;
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      jsonDiff(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
        out,
      );
    }
  } else if (JSON.stringify(a) !== JSON.stringify(b)) {
    out.push(`differs at ${path}: ours ${JSON.stringify(a)} | python ${JSON.stringify(b)}`);
  }
  return out;
}

function compare(c: ReadCase, py: Outcome, ours: Outcome): void {
  const ctx = `${c.name}\npython stderr: ${py.stderr}\nours stderr: ${ours.stderr}`;
  strictEqual(ours.code, py.code, `exit code: ${ctx}`);
  switch (c.compare) {
    case "exact":
      strictEqual(ours.stdout, py.stdout, ctx);
      break;
    case "json": {
      const [a, b] = [normaliseJson(JSON.parse(ours.stdout)), normaliseJson(JSON.parse(py.stdout))];
      deepStrictEqual(a, b, `${jsonDiff(a, b).join("\n")}\n${ctx}`);
      break;
    }
    case "error":
      strictEqual(normaliseText(ours.stderr), normaliseText(py.stderr), ctx);
      strictEqual(ours.stdout, "", ctx);
      break;
    case "error-extended":
      ok(ours.stderr.startsWith(py.stderr.trimEnd()), ctx);
      strictEqual(ours.stderr.split("\n").length, 2, ctx); // one line
      strictEqual(ours.stdout, "", ctx);
      break;
    case "usage":
      strictEqual(lastLine(ours.stderr), lastLine(py.stderr), ctx);
      strictEqual(ours.stdout, "", ctx);
      break;
    case "did-you-mean": {
      const [a, b] = [ours.stdout.split("\n"), py.stdout.split("\n")];
      deepStrictEqual(a.slice(0, 2), b.slice(0, 2), ctx);
      const offered = a.slice(2).filter(Boolean);
      ok(offered.length > 0, ctx);
      // python knows more commands: a nearer one of its own can crowd out a farther one of
      // ours, so only candidates sharing the typed word must be python's, and every python
      // candidate we implement must be ours
      const word = c.argv[0];
      for (const line of offered.filter((l) => l.trim().split(" ")[0] === word)) {
        ok(b.includes(line), `${line} not offered by python: ${ctx}`);
      }
      const ids = new Set(registry.map((e) => `  ${e.id}`));
      for (const line of b.filter((l) => ids.has(l))) {
        ok(a.includes(line), `${line} missing: ${ctx}`);
      }
      break;
    }
  }
}

let compared = 0;
const retried: string[] = [];
const commands = new Set<string>();

// Each test also starts the next few cases, so that JOBS run at a time (the cases only read).
const JOBS = Math.max(1, Number(Deno.env.get("OSC_E2E_JOBS") ?? 4));
const started = new Map<number, Promise<PromiseSettledResult<[Outcome, Outcome]>>>();
function outcome(i: number) {
  for (let j = i; j < Math.min(cases.length, i + JOBS); j++) {
    if (!started.has(j)) {
      const c = cases[j];
      started.set(
        j,
        Promise.allSettled([
          Promise.all([runPython(c.argv, env(c)), runOurs(c.argv, env(c))]),
        ]).then(([r]) => r),
      );
    }
  }
  return started.get(i)!;
}

for (const [i, c] of cases.entries()) {
  Deno.test(
    { name: `parity: ${c.name}`, sanitizeOps: false, sanitizeResources: false },
    async () => {
      const r = await outcome(i);
      if (r.status === "rejected") throw r.reason;
      const [py, ours] = r.value;
      try {
        compare(c, py, ours);
      } catch (first) {
        // The cloud is live (heartbeats, caches): a value can change between the two
        // clients' calls. Run the pair once more, back to back; a real difference stays.
        const again = await Promise.all([runPython(c.argv, env(c)), runOurs(c.argv, env(c))]);
        compare(c, ...again);
        retried.push(`${c.name}: ${String((first as Error).message).split("\n")[0]}`);
      }
      compared++;
      const joined = ` ${c.argv.join(" ")} `;
      const id = registry.map((e) => e.id).find((i) => joined.includes(` ${i} `));
      if (id) commands.add(id);
    },
  );
}

Deno.test({ name: "parity summary", sanitizeOps: false, sanitizeResources: false }, async () => {
  console.log(
    `e2e parity: ${compared} of ${cases.length} cases equal, covering ${commands.size} command(s)`,
  );
  for (const r of retried) console.log(`  equal on a second run (live data changed): ${r}`);
  // the runner's children are its own: their CPU is what it reports; the rest is ours (and
  // python's too, with OSC_PY_RUNNER=0), read before the runners end and add theirs
  const children = childrenCpuSeconds() - cpu0;
  await closePythonRunners();
  const perCase = (s: number) => `${(s * 1000 / cases.length).toFixed(0)} ms`;
  console.log(
    `e2e parity time: ${((performance.now() - t0) / 1000).toFixed(0)} s for ${cases.length} ` +
      `cases at ${JOBS} at a time; CPU per case: python (${pythonMode()}) ` +
      (pythonMode() === "runner"
        ? `${perCase(runnerStats.cpuMs / 1000)}, ours ${perCase(children)}`
        : `and ours ${perCase(children)}`),
  );
  strictEqual(compared, cases.length);
});
