/**
 * deno task bundle   → dist/openstack.js (one file, lazy command modules kept lazy)
 * deno task compile  → dist/openstack    (single executable)
 *
 * `deno compile` needs the denort runtime; it downloads it unless DENORT_BIN
 * names a local copy. Without either it fails, and this script says so plainly.
 */
import { RUNTIME_PERMISSIONS } from "./permissions.ts";

const ROOT = new URL("../", import.meta.url).pathname;

async function deno(
  args: string[],
  env?: Record<string, string>,
): Promise<{ ok: boolean; err: string }> {
  const out = await new Deno.Command("deno", {
    args,
    cwd: ROOT,
    env,
    stdout: "inherit",
    stderr: "piped",
  }).output();
  const err = new TextDecoder().decode(out.stderr);
  await Deno.stderr.write(out.stderr);
  return { ok: out.success, err };
}

export async function bundle(): Promise<boolean> {
  await Deno.mkdir(`${ROOT}dist`, { recursive: true });
  const r = await deno(["bundle", "--quiet", "main.ts", "-o", "dist/openstack.js"]);
  if (r.ok) console.log("wrote dist/openstack.js");
  return r.ok;
}

export async function compile(target?: string): Promise<boolean> {
  await Deno.mkdir(`${ROOT}dist`, { recursive: true });
  const env: Record<string, string> = {};
  const denort = Deno.env.get("DENORT_BIN");
  if (denort) {
    try {
      await Deno.stat(denort);
    } catch {
      console.error(`DENORT_BIN=${denort} does not exist`);
      return false;
    }
    env.DENORT_BIN = denort;
  }
  const args = [
    "compile",
    ...RUNTIME_PERMISSIONS,
    "--output",
    "dist/openstack",
    ...(target ? ["--target", target] : []),
    "main.ts",
  ];
  const r = await deno(args, env);
  if (!r.ok) {
    if (/denort|download|dl\.deno\.land|error sending request|dns error/i.test(r.err)) {
      console.error(
        "\ncompile: the Deno runtime (denort) could not be downloaded. Download " +
          "denort for this Deno version where the network allows it and pass its path in " +
          "DENORT_BIN=/path/to/denort, or use `deno task bundle` (dist/openstack.js) meanwhile.",
      );
    }
    return false;
  }
  console.log("wrote dist/openstack");
  return true;
}

if (import.meta.main) {
  const [what, target] = Deno.args;
  const ok = what === "bundle"
    ? await bundle()
    : what === "compile"
    ? await compile(target)
    : false;
  if (what !== "bundle" && what !== "compile") {
    console.error("usage: build.ts bundle|compile [target]");
  }
  Deno.exit(ok ? 0 : 1);
}
