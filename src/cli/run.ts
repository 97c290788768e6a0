/**
 * The whole program as a function: argv + dependencies → exit code.
 * Nothing here touches the network before the command line is fully parsed.
 */
import type { Context, Deps } from "../context.ts";
import type { RegistryEntry } from "./registry_types.ts";
import { parseArgv, type Parsed } from "./parse.ts";
import { CliError } from "./errors.ts";
import { appHelp, commandHelp } from "./help.ts";
import { unknownCommandText } from "./suggest.ts";
import { VERSION } from "../version.ts";
import type { GlobalOptions } from "./global_options.ts";
import type { ServiceClient } from "../http/service.ts";
import type { Session } from "../http/session.ts";
import type { TimingRecord } from "../http/client.ts";
import type { AuthResult } from "../auth/keystone.ts";
import { isSecretKey } from "../http/redact.ts";
import { CONTROL, escapeControl } from "../http/errors.ts";

export async function run(
  argv: readonly string[],
  deps: Deps,
  registry: readonly RegistryEntry[],
): Promise<number> {
  let parsed: Parsed;
  try {
    // A lone UTF-16 surrogate cannot be URL-encoded or printed: make each argument well formed.
    parsed = parseArgv(argv.map((a) => a.toWellFormed()), registry);
  } catch (e) {
    return await report(e, deps, false);
  }
  const width = deps.terminalWidth() ?? 80;
  switch (parsed.kind) {
    case "version":
      await deps.stdout.write(`openstack ${VERSION}\n`);
      return 0;
    case "help":
      await deps.stdout.write(
        parsed.entry ? commandHelp(parsed.entry, width) : appHelp(registry, VERSION, width),
      );
      return 0;
    case "no-command":
      await deps.stderr.write(
        "openstack: a command is required (interactive mode is not supported). See 'openstack --help'.\n",
      );
      return 2;
    case "unknown":
      await deps.stdout.write(unknownCommandText(parsed.words, registry.map((e) => e.id)));
      return 2;
  }
  const debug = parsed.global.debug === true;
  const timings: TimingRecord[] | undefined = parsed.global.timing ? [] : undefined;
  try {
    const { outputOptions } = await import("../output/flags.ts");
    const output = parsed.entry.output ? outputOptions(parsed.flags, deps.env) : undefined;
    const mod = await parsed.entry.load();
    const ctx = makeContext(deps, parsed.global, debug, timings);
    const result = await mod.default.run(
      { flags: parsed.flags as never, positionals: parsed.positionals, output },
      ctx,
    );
    if (result && output) {
      const { renderResult } = await import("../output/render.ts");
      await deps.stdout.write(renderResult(result, output, deps.terminalWidth()));
    }
    if (timings) await writeTimings(deps, timings, output?.format ?? "table");
    return 0;
  } catch (e) {
    return await report(e, deps, debug);
  }
}

function makeContext(
  deps: Deps,
  global: GlobalOptions,
  debug: boolean,
  timings: TimingRecord[] | undefined,
): Context {
  let session: Promise<Session> | undefined;
  const trace = debug ? (line: string) => deps.stderr.write(line + "\n") : undefined;
  const open = (): Promise<Session> =>
    session ??= import("../http/session.ts").then(async (m) => {
      const s = await m.openSession(deps, global, trace, timings);
      runSecrets.set(deps, s.cloud.auth);
      openedSession.add(deps);
      await warnExposedSecretFile(deps, s.cloud.insecurePasswordFile);
      return s;
    });
  return {
    ...deps,
    global,
    service(type: string): Promise<ServiceClient> {
      return open().then((s) => s.service(type));
    },
    async auth(opts?: { fresh?: boolean }): Promise<AuthResult> {
      const s = await open();
      if (!opts?.fresh) return await s.authResult();
      const { authenticate } = await import("../auth/keystone.ts");
      return await authenticate(s.cloud, s.http);
    },
  };
}

/** Warns (never fails) when a config file holding a secret can be read by group or others. */
async function warnExposedSecretFile(deps: Deps, path: string | undefined): Promise<void> {
  if (path === undefined) return;
  await deps.stderr.write(
    `WARNING: ${path} holds a password or other secret and can be read by other users; ` +
      `restrict it with: chmod 600 ${path}\n`,
  );
}

/** osc_lib's --timing report: a blank line, then a table (csv when the command used another format). */
async function writeTimings(deps: Deps, timings: TimingRecord[], format: string): Promise<void> {
  const { renderResult } = await import("../output/render.ts");
  const { outputOptions } = await import("../output/flags.ts");
  // timedelta.total_seconds(): microsecond resolution
  const secs = timings.map((t) => Math.round(t.seconds * 1e6) / 1e6);
  const total = secs.reduce((s, t) => s + t, 0);
  const rows = [...timings.map((t, i) => [`${t.method} ${t.url}`, secs[i]]), ["Total", total]];
  const opts = outputOptions({ format: format === "table" ? "table" : "csv" }, {});
  await deps.stdout.write(
    "\n" + renderResult({ kind: "list", columns: ["URL", "Seconds"], rows }, opts),
  );
}

/** Runs that opened a session: data from the cloud is in play from then on. */
const openedSession = new WeakSet<Deps>();

/** The resolved auth settings of each run, for keeping their secrets out of error lines. */
const runSecrets = new WeakMap<Deps, Readonly<Record<string, string>>>();

/** Secret values of this run: OS_* variables and the resolved cloud's auth section. */
function knownSecrets(deps: Deps): string[] {
  const values = [
    deps.env.OS_PASSWORD,
    deps.env.OS_TOKEN,
    deps.env.OS_APPLICATION_CREDENTIAL_SECRET,
    deps.env.OS_PASSCODE,
    ...Object.entries(runSecrets.get(deps) ?? {}).filter(([k]) => isSecretKey(k)).map(([, v]) => v),
  ];
  // Short values ("admin") would blank ordinary words; error messages never hold secrets anyway.
  return values.filter((v): v is string => typeof v === "string" && v.length >= 8);
}

/**
 * Defence in depth: messages are written not to hold secrets, and any secret
 * of this run that slipped into one is blanked before it reaches stderr.
 */
function scrub(text: string, deps: Deps): string {
  let out = text;
  for (const secret of knownSecrets(deps)) out = out.replaceAll(secret, "***");
  return out;
}

/** The first line of a message, scrubbed and bounded. */
function errorLine(text: string, deps: Deps): string {
  // Control characters (from a server's message, or argv) must not drive the terminal.
  const line = scrub(text.split("\n")[0], deps).replace(CONTROL, escapeControl);
  return line.length > 1000 ? line.slice(0, 997) + "..." : line;
}

/** One line on stderr, the right exit code; a stack trace only with --debug. */
async function report(e: unknown, deps: Deps, debug: boolean): Promise<number> {
  if (deps.signal?.aborted) {
    await deps.stderr.write("Interrupted\n");
    return 130;
  }
  const stack = debug && e instanceof Error && e.stack ? scrub(e.stack, deps) + "\n" : "";
  if (e instanceof CliError) {
    const partial = (e as { partialOutput?: string }).partialOutput;
    if (partial) await deps.stdout.write(partial); // what python had printed before failing
    await deps.stderr.write(errorLine(e.message, deps) + "\n" + stack);
    return e.exitCode;
  }
  let msg: string;
  try {
    msg = e instanceof Error ? (e.message || e.name) : String(e);
  } catch {
    msg = "(an error that cannot be shown)";
  }
  // Past authentication, a TypeError or RangeError is almost always data of a
  // shape the code did not expect (a field of the wrong type in a response).
  if (openedSession.has(deps) && (e instanceof TypeError || e instanceof RangeError)) {
    await deps.stderr.write(
      `openstack: cannot read the cloud's response (${errorLine(msg, deps)}); ` +
        "--debug shows the requests and responses\n" + stack,
    );
    return 1;
  }
  await deps.stderr.write(`openstack: unexpected error: ${errorLine(msg, deps)}\n` + stack);
  return 1;
}
