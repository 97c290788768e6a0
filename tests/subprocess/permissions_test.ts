/**
 * The bundle run with any subset of its permission flags: one line naming what
 * is missing, never a stack trace (issue: `deno run dist/openstack.js --version`
 * without flags ended in "Uncaught NotCapable" and a trace).
 */
import { ok, strictEqual } from "node:assert";
import { baseEnv, ensureBundle, ROOT } from "../helpers/cli.ts";

const FLAGS = ["--allow-net", "--allow-read", "--allow-write", "--allow-env"];

function subsets<T>(items: readonly T[]): T[][] {
  return Array.from({ length: 2 ** items.length }, (_, m) => items.filter((_, i) => m & (1 << i)));
}

async function runBundle(flags: string[], args: string[]) {
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", "--quiet", "--no-prompt", ...flags, `${ROOT}dist/openstack.js`, ...args],
    env: baseEnv({
      // a cloud from the environment whose Keystone refuses connections at once
      OS_AUTH_URL: "http://127.0.0.1:9/v3",
      OS_USERNAME: "u",
      OS_PASSWORD: "p",
      OS_PROJECT_NAME: "x",
      OS_USER_DOMAIN_NAME: "Default",
      OS_PROJECT_DOMAIN_NAME: "Default",
      OS_TOKEN_CACHE: "0",
    }),
    clearEnv: true,
    cwd: "/tmp",
    stdout: "piped",
    stderr: "piped",
  }).output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

Deno.test("bundle under every subset of its permission flags: one line, no trace", async () => {
  await ensureBundle();
  for (const flags of subsets(FLAGS)) {
    for (const args of [["--version"], ["server", "list"]]) {
      const r = await runBundle(flags, args);
      const where = `${flags.join(" ") || "(no flags)"} ${args.join(" ")}: ${r.stderr}`;
      ok([0, 1].includes(r.code), `exit ${r.code}: ${where}`);
      ok(!/^\s+at /m.test(r.stderr) && !r.stderr.includes("Uncaught"), `a trace: ${where}`);
      ok(r.stderr.split("\n").filter(Boolean).length <= 1, `more than one line: ${where}`);
      const missing = FLAGS.filter((f) => !flags.includes(f));
      if (r.code === 1 && /Deno refused/.test(r.stderr)) {
        ok(missing.some((f) => r.stderr.includes(f)), `names a flag that was given: ${where}`);
      }
    }
  }
  // and with every flag, --version works and server list fails on the refused connection
  const all = await runBundle(FLAGS, ["--version"]);
  strictEqual(all.code, 0);
  ok(all.stdout.startsWith("openstack "));
});
