/**
 * How much the program says besides its output, as python's client decides it (cliff's
 * verbose_level, osc_lib's log levels): -q shows errors only, the default adds warnings,
 * -v informational lines, -vv (or --debug) the request trace.
 */
import type { Context, Sink } from "../context.ts";
import type { GlobalOptions } from "./global_options.ts";
import { isSecretKey } from "../http/redact.ts";

/** cliff's verbose_level: 0 with -q, 1 by default, +1 per -v; --debug forces 3. */
export function verboseLevel(global: GlobalOptions): number {
  if (global.debug === true) return 3;
  if (global.quiet === true) return 0;
  return 1 + (typeof global.verbose === "number" ? global.verbose : 0);
}

/** -vv and beyond log each request and response (keystoneauth's DEBUG lines in python). */
export function tracesRequests(global: GlobalOptions): boolean {
  return verboseLevel(global) >= 3;
}

/** A warning (python's LOG.warning): hidden by -q. */
export async function warn(ctx: Pick<Context, "stderr" | "global">, line: string): Promise<void> {
  if (verboseLevel(ctx.global) >= 1) await ctx.stderr.write(line + "\n");
}

/** An informational line (python's LOG.info): shown with -v. */
export async function info(ctx: Pick<Context, "stderr" | "global">, line: string): Promise<void> {
  if (verboseLevel(ctx.global) >= 2) await ctx.stderr.write(line + "\n");
}

/**
 * Where progress lines go: stderr, and only when it is a terminal and -q was not given, so
 * piped output and CI logs never hold them.
 */
export function progressSink(
  ctx: Pick<Context, "stderr" | "global" | "stderrIsTerminal">,
): Sink | undefined {
  if (verboseLevel(ctx.global) < 1 || ctx.stderrIsTerminal?.() !== true) return undefined;
  return ctx.stderr;
}

/**
 * argparse's mutually exclusive -v/-q: the message names the option given second.
 * `args` are the words before `--`.
 */
export function verbosityConflict(args: readonly string[]): string | undefined {
  const q = args.findIndex((a) => a === "-q" || a === "--quiet");
  const v = args.findIndex((a) => /^-v+$/.test(a) || a === "--verbose");
  if (q < 0 || v < 0) return undefined;
  return q < v
    ? "argument -v/--verbose: not allowed with argument -q/--quiet"
    : "argument -q/--quiet: not allowed with argument -v/--verbose";
}

/**
 * argv with the values of secret options (--os-password, --password, --os-token, *-secret) as
 * ***, in both `--opt value` and `--opt=value` forms: what -v may print of a command line.
 */
export function maskSecrets(argv: readonly string[]): string[] {
  const out: string[] = [];
  const secretFlag = (a: string) =>
    /^--[a-z]/i.test(a) && isSecretKey(a.slice(2).replace(/^os-/, ""));
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.indexOf("=");
    if (eq > 0 && secretFlag(a.slice(0, eq))) out.push(a.slice(0, eq + 1) + "***");
    else if (secretFlag(a) && i + 1 < argv.length) out.push(a, "***"), i++;
    else out.push(a);
  }
  return out;
}
