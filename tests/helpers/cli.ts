/**
 * Runs our CLI (source or bundle, with the compile's permissions) as a subprocess, and the python
 * client in a warm runner (python_pool.ts) or, with OSC_PY_RUNNER=0, as a plain subprocess.
 */
import { RUNTIME_PERMISSIONS } from "../../scripts/permissions.ts";
import { BUNDLE_ARGS } from "../../scripts/build.ts";
import { runInRunner } from "./python_pool.ts";

export const ROOT = new URL("../../", import.meta.url).pathname;
export const PYTHON_OPENSTACK = "/usr/bin/openstack";

export interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Only what a CLI needs; never the caller's OS_* variables. */
export function baseEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {
    PATH: "/usr/local/bin:/usr/bin:/bin",
    HOME: Deno.env.get("HOME") ?? "/root",
    LANG: "C.UTF-8",
    no_proxy: "127.0.0.1,localhost",
  };
  // Deno's own module cache, pinned: tests point XDG_CACHE_HOME at temp dirs
  // (for the token cache), and Deno would otherwise follow it.
  const xdg = Deno.env.get("XDG_CACHE_HOME");
  env.DENO_DIR = Deno.env.get("DENO_DIR") ?? `${xdg ?? `${env.HOME}/.cache`}/deno`;
  return { ...env, ...extra };
}

/** No test run of either client may take longer: a hung child is killed and the test fails. */
const CHILD_TIMEOUT_MS = Number(Deno.env.get("OSC_TEST_CHILD_TIMEOUT_MS") ?? 300_000);

async function exec(cmd: string[], env: Record<string, string>, stdin?: string): Promise<Outcome> {
  const child = new Deno.Command(cmd[0], {
    args: cmd.slice(1),
    env,
    clearEnv: true,
    cwd: env.OSC_TEST_CWD ?? "/tmp",
    stdin: stdin === undefined ? "null" : "piped",
    stdout: "piped",
    stderr: "piped",
    signal: AbortSignal.timeout(CHILD_TIMEOUT_MS),
  }).spawn();
  if (stdin !== undefined) {
    const w = child.stdin.getWriter();
    await w.write(new TextEncoder().encode(stdin));
    await w.close();
  }
  const out = await child.output();
  const dec = new TextDecoder();
  return { code: out.code, stdout: dec.decode(out.stdout), stderr: dec.decode(out.stderr) };
}

export type Variant = "source" | "bundle";

export function ourCommand(variant: Variant = "source"): string[] {
  const entry = variant === "bundle" ? `${ROOT}dist/openstack.js` : `${ROOT}main.ts`;
  return [Deno.execPath(), "run", "--quiet", ...RUNTIME_PERMISSIONS, entry];
}

export function runOurs(
  argv: readonly string[],
  env: Record<string, string>,
  variant: Variant = "source",
  stdin?: string,
) {
  return exec([...ourCommand(variant), ...argv], env, stdin);
}

/** How runPython runs the python client: "runner" unless OSC_PY_RUNNER=0. */
export function pythonMode(): "runner" | "subprocess" {
  return Deno.env.get("OSC_PY_RUNNER") === "0" ? "subprocess" : "runner";
}

/** `/usr/bin/openstack <argv>`; `mode` overrides OSC_PY_RUNNER (the equivalence test runs both). */
export function runPython(
  argv: readonly string[],
  env: Record<string, string>,
  mode: "runner" | "subprocess" = pythonMode(),
  stdin?: string,
): Promise<Outcome> {
  const full: Record<string, string> = { ...env, PATH: "/usr/bin:/bin" };
  if (mode === "subprocess") return exec([PYTHON_OPENSTACK, ...argv], full, stdin);
  return runInRunner({
    argv: [...argv],
    env: full,
    cwd: full.OSC_TEST_CWD ?? "/tmp",
    stdin,
    timeoutMs: CHILD_TIMEOUT_MS,
  }).then(({ code, stdout, stderr }) => ({ code, stdout, stderr }));
}

let bundled: Promise<void> | undefined;
/** Builds dist/openstack.js once per test process. */
export function ensureBundle(): Promise<void> {
  bundled ??= (async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: BUNDLE_ARGS,
      cwd: ROOT,
      stdout: "null",
      stderr: "piped",
    }).output();
    if (!out.success) throw new Error(new TextDecoder().decode(out.stderr));
  })();
  return bundled;
}
