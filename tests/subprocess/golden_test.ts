/**
 * `server list` against the fake cloud, compared byte for byte with what
 * Debian's python-openstackclient printed for the same data
 * (tests/golden/server_list/*.json, recorded by scripts/record_golden.ts).
 *
 * Our CLI runs as a subprocess with exactly the compile's permission flags,
 * once from source and once from the bundle (dist/openstack.js), pinned to
 * compute microversion 2.1 — the python client's default — through
 * OS_COMPUTE_API_VERSION, which the python client reads too.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { startFakeCloud } from "../fake_cloud/server.ts";
import { datasets } from "../fake_cloud/datasets.ts";
import { baseEnv, ensureBundle, runOurs, type Variant } from "../helpers/cli.ts";

interface Golden {
  case: string;
  argv: string[];
  dataset: string;
  exit_code: number;
  stdout: string;
  stderr: string;
}

const dir = new URL("../golden/server_list/", import.meta.url);
const goldens: Golden[] = [];
for await (const e of Deno.readDir(dir)) {
  if (e.name.endsWith(".json") && e.name !== "requests.json") {
    goldens.push(JSON.parse(await Deno.readTextFile(new URL(e.name, dir))));
  }
}
goldens.sort((a, b) => a.case.localeCompare(b.case));

const normalise = (s: string) => s.replace(/req-[0-9a-f-]{36}/g, "req-<id>");
const lastLine = (s: string) => s.trimEnd().split("\n").at(-1);

type Cloud = Awaited<ReturnType<typeof startFakeCloud>>;
let setup: Promise<{ tmp: string; clouds: Map<string, Cloud> }> | undefined;

/** One fake cloud per dataset, shared by every case; closed by the last test. */
function fixtures() {
  setup ??= (async () => {
    const tmp = await Deno.makeTempDir({ prefix: "osc-golden-test-" });
    const clouds = new Map<string, Cloud>();
    for (const name of new Set(goldens.map((g) => g.dataset))) {
      const cloud = await startFakeCloud({ dataset: datasets[name](), deterministicIds: true });
      clouds.set(name, cloud);
      const yaml = cloud.cloudsYaml();
      const wrong = yaml.replace(/^clouds:\n/, "").split(/\n(?= {2}\S)/)[0]
        .replace("  admin:", "  wrongpw:").replace("password: admin", "password: not-the-password");
      await Deno.writeTextFile(`${tmp}/${name}.yaml`, `${yaml}${wrong}\n`, { mode: 0o600 });
    }
    return { tmp, clouds };
  })();
  return setup;
}

const opts = { sanitizeResources: false, sanitizeOps: false };

for (const variant of ["source", "bundle"] as Variant[]) {
  for (const g of goldens) {
    Deno.test({ name: `golden server list (${variant}): ${g.case}`, ...opts }, async () => {
      if (variant === "bundle") await ensureBundle();
      const { tmp } = await fixtures();
      const out = await runOurs(
        g.argv,
        baseEnv({
          OS_CLIENT_CONFIG_FILE: `${tmp}/${g.dataset}.yaml`,
          OS_COMPUTE_API_VERSION: "2.1",
          XDG_CACHE_HOME: `${tmp}/cache`,
          XDG_CONFIG_HOME: `${tmp}/config`,
        }),
        variant,
      );
      const ctx = `${g.case}: stderr ${out.stderr}`;
      strictEqual(out.code, g.exit_code, ctx);
      if (g.case === "unknown_command") {
        // python knows every server command; we offer the server commands we have, all among
        // python's (its nearer other commands can crowd out a farther one of ours)
        const [a, b] = [out.stdout.split("\n"), g.stdout.split("\n")];
        deepStrictEqual(a.slice(0, 2), b.slice(0, 2));
        const ours = a.slice(2).filter((l) => l.startsWith("  server "));
        ok(ours.length > 0 && ours.every((l) => b.includes(l)), out.stdout);
      } else {
        strictEqual(out.stdout, g.stdout, ctx);
      }
      if (g.exit_code === 2 && g.case !== "unknown_command") {
        // python prints argparse's usage block first; we print only its error line
        strictEqual(lastLine(out.stderr), lastLine(g.stderr));
        strictEqual(out.stderr.trimEnd().split("\n").length, 1);
      } else {
        strictEqual(normalise(out.stderr), normalise(g.stderr), ctx);
      }
    });
  }
}

Deno.test({ name: "golden server list: stop the fake clouds", ...opts }, async () => {
  const { tmp, clouds } = await fixtures();
  ok(clouds.size >= 2);
  for (const c of clouds.values()) await c.close();
  await Deno.remove(tmp, { recursive: true });
});
