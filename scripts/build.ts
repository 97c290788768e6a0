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

/**
 * `deno bundle` arguments for dist/openstack.js. Minified: with hundreds of
 * lazily wrapped command modules in one file, parsing the file is most of
 * the start-up cost (docs/performance.md, "Start-up with 488 commands").
 */
export const BUNDLE_ARGS = ["bundle", "--quiet", "--minify", "main.ts", "-o", "dist/openstack.js"];

export async function bundle(): Promise<boolean> {
  await Deno.mkdir(`${ROOT}dist`, { recursive: true });
  const r = await deno(BUNDLE_ARGS);
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
      console.error(denortSteps(target));
    }
    return false;
  }
  // A DENORT_BIN that is not denort (a plain deno, say) yields a binary that is Deno itself
  if (!target || target === Deno.build.target) {
    const out = await new Deno.Command(`${ROOT}dist/openstack`, { args: ["--version"] }).output()
      .catch(() => undefined);
    const text = out ? new TextDecoder().decode(out.stdout) : "";
    if (!text.startsWith("openstack ")) {
      console.error(
        `compile: dist/openstack --version printed ${JSON.stringify(text.trim())}, not ` +
          `"openstack …": DENORT_BIN is not Deno's runtime (denort).\n${denortSteps(target)}`,
      );
      await Deno.remove(`${ROOT}dist/openstack`).catch(() => {});
      return false;
    }
    console.log(`wrote dist/openstack (${text.trim()})`);
    return true;
  }
  console.log(`wrote dist/openstack for ${target}`);
  return true;
}

/** Where denort comes from, for a machine that cannot download it itself. */
function denortSteps(target = Deno.build.target): string {
  const v = Deno.version.deno;
  return [
    "",
    "compile needs Deno's runtime (denort) for the target, which could not be downloaded here.",
    "On a machine with internet access:",
    `  curl -LO https://dl.deno.land/release/v${v}/denort-${target}.zip`,
    `  unzip denort-${target}.zip        # gives ./denort`,
    "Copy it here, then:",
    `  DENORT_BIN=/path/to/denort deno task compile${
      target === Deno.build.target ? "" : ` ${target}`
    }`,
    "Meanwhile `deno task bundle` builds dist/openstack.js, and `deno task install` installs it.",
  ].join("\n");
}

/**
 * The bundle installed as `openstack` with exactly the shipped permissions
 * (`deno install`), for machines where compile cannot run.
 */
export async function install(): Promise<boolean> {
  if (!await bundle()) return false;
  const flags = RUNTIME_PERMISSIONS;
  const r = await deno([
    "install",
    "--global",
    "--force",
    "--name",
    "openstack",
    ...flags,
    "dist/openstack.js",
  ]);
  if (r.ok) console.log(`installed openstack: the bundle, run with ${flags.join(" ")}`);
  return r.ok;
}

export const RELEASE_TARGETS = [
  "x86_64-unknown-linux-gnu",
  "aarch64-unknown-linux-gnu",
  "x86_64-apple-darwin",
  "aarch64-apple-darwin",
  "x86_64-pc-windows-msvc",
] as const;

async function sha256(path: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", await Deno.readFile(path));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * dist/release/: openstack-<version>-<target>[.exe] for every target whose
 * runtime can be had (DENORT_BIN_<target with _> names a local denort), the
 * bundle openstack-<version>.js, and SHA256SUMS. Targets that could not be
 * built are listed with the reason; the rest still ship.
 */
export async function release(): Promise<boolean> {
  const { default: config } = await import("../deno.json", { with: { type: "json" } });
  const version = config.version as string;
  const out = `${ROOT}dist/release`;
  await Deno.mkdir(out, { recursive: true });
  if (!await bundle()) return false;
  const files: string[] = [`openstack-${version}.js`];
  await Deno.copyFile(`${ROOT}dist/openstack.js`, `${out}/${files[0]}`);
  const skipped: string[] = [];
  for (const target of RELEASE_TARGETS) {
    const exe = target.includes("windows") ? ".exe" : "";
    const name = `openstack-${version}-${target}${exe}`;
    const denort = Deno.env.get(`DENORT_BIN_${target.replaceAll("-", "_")}`) ??
      (target === Deno.build.target ? Deno.env.get("DENORT_BIN") : undefined);
    const env: Record<string, string> = denort ? { DENORT_BIN: denort } : {};
    const r = await deno([
      "compile",
      ...RUNTIME_PERMISSIONS,
      "--target",
      target,
      "--output",
      `dist/release/${name}`,
      "main.ts",
    ], env);
    if (r.ok) files.push(name);
    else {
      // deno's cause chain: "1: error sending request for url (…denort…zip): … dns error"
      // deno-lint-ignore no-control-regex -- colour codes in deno's own error text
      const lines = r.err.replace(/\x1b\[[0-9;]*m/g, "").split("\n").map((l) => l.trim());
      const why = lines.find((l) => /^\d+: .*(request|download|denort)/i.test(l)) ??
        lines.find((l) => l.startsWith("error:")) ?? "compile failed";
      skipped.push(`${target}: ${why.replace(/^\d+: /, "")}`);
    }
  }
  const sums = await Promise.all(files.map(async (f) => `${await sha256(`${out}/${f}`)}  ${f}`));
  await Deno.writeTextFile(`${out}/SHA256SUMS`, sums.join("\n") + "\n");
  console.log(`dist/release: ${files.join(", ")}, SHA256SUMS`);
  for (const s of skipped) console.log(`not built: ${s}`);
  return true;
}

if (import.meta.main) {
  const [what, target] = Deno.args;
  const steps: Record<string, () => Promise<boolean>> = {
    bundle,
    compile: () => compile(target),
    install,
    release,
  };
  const step = steps[what];
  if (!step) console.error("usage: build.ts bundle|compile [target]|install|release");
  Deno.exit(step && await step() ? 0 : 1);
}
