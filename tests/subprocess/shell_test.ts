/**
 * The interactive and batch modes as a user runs them: the CLI as a process
 * (source and bundle, the compile's permission flags) against the fake cloud
 * over HTTP, commands on stdin, in a --batch file, and typed at a terminal
 * (util-linux `script` gives it one).
 */
import { ok, strictEqual } from "node:assert";
import { startFakeCloud } from "../fake_cloud/server.ts";
import { datasets } from "../fake_cloud/datasets.ts";
import { baseEnv, ensureBundle, ourCommand, runOurs, type Variant } from "../helpers/cli.ts";

const opts = { sanitizeResources: false, sanitizeOps: false };

const LINES = [
  "server list",
  "server show server-1 -f json",
  "flavor show nope",
  "image list -f value -c Name",
  "flavor list --long -f csv",
];

async function setup() {
  const cloud = await startFakeCloud({ dataset: datasets.golden() });
  const tmp = await Deno.makeTempDir({ prefix: "osc-shell-test-" });
  await Deno.writeTextFile(`${tmp}/clouds.yaml`, cloud.cloudsYaml(), { mode: 0o600 });
  const env = baseEnv({
    OS_CLIENT_CONFIG_FILE: `${tmp}/clouds.yaml`,
    OS_TOKEN_CACHE: "0",
    XDG_CACHE_HOME: `${tmp}/cache`,
    XDG_CONFIG_HOME: `${tmp}/config`,
    OSC_TEST_CWD: tmp,
  });
  const logins = () => cloud.requests.filter((r) => r.path.endsWith("/auth/tokens")).length;
  return {
    cloud,
    tmp,
    env,
    logins,
    async close() {
      await cloud.close();
      await Deno.remove(tmp, { recursive: true });
    },
  };
}

for (const variant of ["source", "bundle"] as Variant[]) {
  Deno.test({ name: `commands on stdin and in --batch (${variant})`, ...opts }, async () => {
    if (variant === "bundle") await ensureBundle();
    const s = await setup();
    try {
      const alone: string[] = [];
      let err = "";
      for (const line of LINES) {
        const r = await runOurs(["--os-cloud", "admin", ...line.split(" ")], s.env, variant);
        alone.push(r.stdout);
        err += r.stderr;
      }
      const out = alone.join("");
      strictEqual(s.logins(), LINES.length);
      s.cloud.clearRequests();
      const piped = await runOurs(["--os-cloud", "admin"], s.env, variant, LINES.join("\n"));
      strictEqual(piped.stdout, out);
      strictEqual(piped.stderr, err);
      strictEqual(piped.code, 1);
      // one session; a failed command drops its own, so a line started after the failure was
      // seen logs in once more (the reads here run four at a time: the last may or may not)
      ok([1, 2].includes(s.logins()), `logins: ${s.logins()}`);

      const okLines = LINES.filter((l) => !l.includes("nope"));
      await Deno.writeTextFile(`${s.tmp}/script.txt`, okLines.join("\n") + "\n");
      s.cloud.clearRequests();
      const batch = await runOurs(["--os-cloud", "admin", "--batch", "script.txt"], s.env, variant);
      strictEqual(batch.code, 0, batch.stderr);
      strictEqual(s.logins(), 1);
      ok(batch.stdout.includes("server-1") && batch.stdout.includes('"m1.tiny"'));

      const stop = await runOurs(
        ["--os-cloud", "admin", "--batch", "-"],
        s.env,
        variant,
        LINES.join("\n"),
      );
      strictEqual(stop.code, 1);
      strictEqual(stop.stderr, "No Flavor found for nope\n");
      strictEqual(stop.stdout, alone.slice(0, 2).join(""), "nothing after the failure ran");
    } finally {
      await s.close();
    }
  });
}

const hasScript = new Deno.Command("sh", { args: ["-c", "command -v script"], stdout: "null" })
  .outputSync().success;
if (!hasScript) console.log("util-linux script is not installed: the terminal test is skipped");

Deno.test({
  name: "at a terminal: the (openstack) prompt, errors do not end it, end of input exits 0",
  ignore: !hasScript,
  ...opts,
}, async () => {
  const s = await setup();
  try {
    const cmd = [...ourCommand("source"), "--os-cloud", "admin"].join(" ");
    const child = new Deno.Command("script", {
      args: ["-qec", cmd, "/dev/null"],
      env: s.env,
      clearEnv: true,
      cwd: s.tmp,
      stdin: "piped",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode("flavor show nope\nflavor list -f value -c Name\n"));
    await w.close();
    const o = await child.output();
    const out = new TextDecoder().decode(o.stdout).replaceAll("\r\n", "\n");
    strictEqual(o.code, 0, out);
    ok(out.includes("(openstack) No Flavor found for nope\n"), out);
    ok(out.includes("(openstack) m1.tiny\nm1.small\nm1.large\n(openstack) \n"), out);
    strictEqual(s.logins(), 2);
  } finally {
    await s.close();
  }
});

Deno.test({ name: "complete: the bundle prints what the source prints", ...opts }, async () => {
  await ensureBundle();
  const env = baseEnv();
  for (const shell of ["bash", "zsh", "fish"]) {
    const src = await runOurs(["complete", "--shell", shell], env, "source");
    const bundle = await runOurs(["complete", "--shell", shell], env, "bundle");
    strictEqual(src.code, 0, src.stderr);
    strictEqual(bundle.stdout, src.stdout, shell);
  }
});
