/** Runs our CLI (source or bundle, with the compile's permissions) and the python client as subprocesses. */
import { RUNTIME_PERMISSIONS } from "../../scripts/permissions.ts";

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

export function runOurs(argv: string[], env: Record<string, string>, variant: Variant = "source") {
  return exec([...ourCommand(variant), ...argv], env);
}

export function runPython(argv: string[], env: Record<string, string>) {
  return exec([PYTHON_OPENSTACK, ...argv], { ...env, PATH: "/usr/bin:/bin" });
}

let bundled: Promise<void> | undefined;
/** Builds dist/openstack.js once per test process. */
export function ensureBundle(): Promise<void> {
  bundled ??= (async () => {
    const out = await new Deno.Command(Deno.execPath(), {
      args: ["bundle", "--quiet", "main.ts", "-o", "dist/openstack.js"],
      cwd: ROOT,
      stdout: "null",
      stderr: "piped",
    }).output();
    if (!out.success) throw new Error(new TextDecoder().decode(out.stderr));
  })();
  return bundled;
}
