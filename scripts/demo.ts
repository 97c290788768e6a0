/**
 * deno task demo [openstack args...]    (flags alone apply to `server list`)
 *
 * Starts the fake cloud on 127.0.0.1 (random port): Keystone, Nova and Glance simulated,
 * and every other answer (Neutron, Cinder, Placement, the rest of Keystone and Nova)
 * replayed from tests/fake_cloud/captured/demo.json, captured from the real test cloud by
 * scripts/capture_demo.ts. Writes a clouds.yaml for it and runs this CLI against it — by
 * default `server list` — with the compiled binary's permission flags, as admin.
 */
import { startFakeCloud } from "../tests/fake_cloud/server.ts";
import { datasets } from "../tests/fake_cloud/datasets.ts";
import { capturedDemo } from "../tests/fake_cloud/replay.ts";
import { RUNTIME_PERMISSIONS } from "./permissions.ts";
import { registry } from "../src/registry.gen.ts";

// `deno task demo --long` means `server list --long`; a command word anywhere (after global
// options such as --error-format json) means that command
const nouns = new Set(registry.map((e) => e.id.split(" ")[0]));
const args = Deno.args.some((a) => nouns.has(a) || a === "help")
  ? Deno.args
  : ["server", "list", ...Deno.args];
const cloud = await startFakeCloud({ dataset: datasets.golden(), captured: await capturedDemo() });
const tmp = await Deno.makeTempDir({ prefix: "osc-demo-" });
try {
  await Deno.writeTextFile(`${tmp}/clouds.yaml`, cloud.cloudsYaml(), { mode: 0o600 });
  const main = new URL("../main.ts", import.meta.url).pathname;
  console.error(
    `fake cloud at ${cloud.authUrl}; running: openstack --os-cloud admin ${args.join(" ")}`,
  );
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", ...RUNTIME_PERMISSIONS, main, "--os-cloud", "admin", ...args],
    env: {
      OS_CLIENT_CONFIG_FILE: `${tmp}/clouds.yaml`,
      XDG_CACHE_HOME: `${tmp}/cache`,
      XDG_CONFIG_HOME: `${tmp}/config`,
    },
    stdout: "inherit",
    stderr: "inherit",
  }).output();
  Deno.exitCode = out.code;
  const misses = cloud.replayMisses().filter((m) => !m.includes("(the fake's own answer"));
  if (misses.length) {
    console.error(
      `the fake cloud has no captured answer for:\n  ${misses.join("\n  ")}\n` +
        "(capture them from a real cloud: deno run -A scripts/capture_demo.ts)",
    );
  }
} finally {
  await cloud.close();
  await Deno.remove(tmp, { recursive: true });
}
