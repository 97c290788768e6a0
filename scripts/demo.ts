/**
 * deno task demo [openstack args...]    (flags alone apply to `server list`)
 *
 * Starts the fake cloud (Keystone + Nova + Glance on 127.0.0.1, random port),
 * writes a clouds.yaml for it, and runs this CLI against it — by default
 * `server list` — with the compiled binary's permission flags.
 */
import { startFakeCloud } from "../tests/fake_cloud/server.ts";
import { datasets } from "../tests/fake_cloud/datasets.ts";
import { RUNTIME_PERMISSIONS } from "./permissions.ts";

// `deno task demo --long` means `server list --long`
const args = Deno.args.length && !Deno.args[0].startsWith("-")
  ? Deno.args
  : ["server", "list", ...Deno.args];
const cloud = await startFakeCloud({ dataset: datasets.golden() });
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
} finally {
  await cloud.close();
  await Deno.remove(tmp, { recursive: true });
}
