/**
 * Runs every case in write_cases.ts: python-openstackclient and our CLI each
 * create, show and delete their own resource on the real cloud; the outputs
 * must agree once the resource's own name and volatile fields are set aside.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { type Outcome, runOurs, runPython } from "../helpers/cli.ts";
import { cloudEnv } from "./cloud_env.ts";
import { type WriteCase, writeCases } from "./write_cases.ts";

const cacheDir = await Deno.makeTempDir({ prefix: "osc-e2e-write-cache-" });
const run = Deno.env.get("OSC_E2E_RUN") ?? crypto.randomUUID().slice(0, 8);

function env(c: WriteCase): Record<string, string> {
  return cloudEnv(c.cloud, cacheDir);
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

const json = (argv: string[]) => [...argv, "-f", "json"];

/** Polls `show` (python's) until the case's settled() holds; fails after three minutes. */
async function settle(c: WriteCase, name: string): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const out = await runPython(json(c.show(name)), env(c));
    if (out.code === 0 && c.settled!(JSON.parse(out.stdout))) return;
    if (Date.now() > deadline) {
      throw new Error(`${name} did not settle: ${out.stdout}${out.stderr}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}
let compared = 0;

for (const [i, c] of writeCases.entries()) {
  Deno.test(
    { name: `write parity: ${c.name}`, sanitizeOps: false, sanitizeResources: false },
    async () => {
      const py = `e2e-${run}-${i}-py`;
      const ours = `e2e-${run}-${i}-ours`;
      try {
        const [pc, oc] = await Promise.all([
          runPython(json(c.create(py)), env(c)),
          runOurs(json(c.create(ours)), env(c)),
        ]);
        deepStrictEqual(normalise(oc, ours, c), normalise(pc, py, c), "create output");

        if (c.settled) await Promise.all([settle(c, py), settle(c, ours)]);
        const [ps, os, osPy] = await Promise.all([
          runPython(json(c.show(py)), env(c)),
          runOurs(json(c.show(ours)), env(c)),
          runOurs(json(c.show(py)), env(c)),
        ]);
        deepStrictEqual(normalise(os, ours, c), normalise(ps, py, c), "show after create");
        // and our show of python's resource says exactly what python's does
        strictEqual(osPy.stdout, ps.stdout, "show of the python-made resource");

        const [pd, od] = await Promise.all([
          runPython(c.delete(py), env(c)),
          runOurs(c.delete(ours), env(c)),
        ]);
        deepStrictEqual([od.code, od.stdout, od.stderr], [pd.code, pd.stdout, pd.stderr], "delete");

        const [pg, og] = await Promise.all([
          runPython(c.show(py), env(c)),
          runOurs(c.show(ours), env(c)),
        ]);
        strictEqual(og.code, pg.code, "show after delete: exit code");
        strictEqual(og.code, 1);
        strictEqual(og.stderr.replaceAll(ours, "<name>"), pg.stderr.replaceAll(py, "<name>"));
        compared++;
      } finally {
        // leave nothing behind, whatever failed
        await Promise.all([
          runPython(c.delete(py), env(c)),
          runPython(c.delete(ours), env(c)),
        ]);
      }
    },
  );
}

Deno.test("write parity summary", () => {
  console.log(
    `e2e write parity: ${compared} of ${writeCases.length} write cases equal ` +
      "(create, show after, delete, show once gone)",
  );
  strictEqual(compared, writeCases.length);
});
