/**
 * The whole program as a function: argv + dependencies → exit code.
 * Nothing here touches the network before the command line is fully parsed.
 */
import type { Context, Deps } from "../context.ts";
import type { RegistryEntry } from "./registry_types.ts";
import type { CommandDef } from "./command.ts";
import { type Dispatch, parseArgv, parseCommandArgs, type ParsedCommand } from "./parse.ts";
import { OscError, SilentExit } from "../errors.ts";
import { appHelp, commandHelp } from "./help.ts";
import type { Answer } from "./unknown.ts";
import { VERSION } from "../version.ts";
import { permissionLine } from "../permissions.ts";
import type { GlobalOptions } from "./global_options.ts";
import type { ServiceClient } from "../http/service.ts";
import type { Session } from "../session/session.ts";
import type { TimingRecord } from "../http/client.ts";
import type { AuthResult } from "../auth/keystone.ts";
import { isSecretKey } from "../http/redact.ts";
import { CONTROL, escapeControl } from "../http/errors.ts";
import { withBuiltins } from "./builtins.ts";
import type { ShellInput } from "./shell_input.ts";
import { UsageError } from "./errors.ts";
import { wantsJsonErrors } from "./error_json.ts";
import { maskSecrets, tracesRequests, verbosityConflict, warn } from "./verbosity.ts";

/** Where a command's session comes from: a new one per command (run's default), or the shell's pool. */
export interface SessionSource {
  /** The array this command's requests are recorded in for --timing (undefined: none). */
  timings(global: GlobalOptions): TimingRecord[] | undefined;
  open(
    deps: Deps,
    global: GlobalOptions,
    trace: ((line: string) => Promise<void>) | undefined,
    timings: TimingRecord[] | undefined,
  ): Promise<Session>;
}

export interface RunOptions {
  /** Where `openstack` with no command reads its commands (main.ts: stdin). */
  input?: ShellInput;
  /** Default: a new session for this command. */
  sessions?: SessionSource;
}

export async function run(
  argv: readonly string[],
  deps: Deps,
  commands: readonly RegistryEntry[],
  opts: RunOptions = {},
): Promise<number> {
  const registry = withBuiltins(commands);
  if (wantsJsonErrors(argv, deps.env)) jsonErrors.add(deps);
  else jsonErrors.delete(deps);
  let parsed: Dispatch;
  try {
    // A lone UTF-16 surrogate cannot be URL-encoded or printed: make each argument well formed.
    parsed = parseArgv(argv.map((a) => a.toWellFormed()), registry);
    if (parsed.global.batch !== undefined) checkBatch(parsed, opts.input !== undefined);
    checkVerbosity(parsed, argv);
  } catch (e) {
    return await report(e, deps, false);
  }
  const width = deps.terminalWidth() ?? 80;
  const ids = () => registry.map((e) => e.id);
  switch (parsed.kind) {
    case "version":
      // "openstack <version>" first, as python prints it; then the runtime it was built with
      await deps.stdout.write(`openstack ${VERSION} (deno ${Deno.version.deno})\n`);
      return 0;
    case "help":
      if (parsed.entry) {
        let def: CommandDef;
        try {
          def = (await parsed.entry.load()).default;
        } catch (e) {
          return await report(e, deps, parsed.global.debug === true);
        }
        await deps.stdout.write(commandHelp(parsed.entry.id, def, width));
        return 0;
      }
      if (parsed.words) {
        const { helpTopic } = await import("./unknown.ts");
        return await answer(deps, helpTopic(parsed.words, ids()));
      }
      await deps.stdout.write(appHelp(registry, VERSION, width));
      return 0;
    case "no-command": {
      if (!opts.input) {
        await deps.stderr.write("openstack: a command is required. See 'openstack --help'.\n");
        return 2;
      }
      const { runShell } = await import("./shell.ts");
      return await runShell(argv, parsed.global, deps, registry, opts.input);
    }
    case "unknown": {
      const { unknownCommand } = await import("./unknown.ts");
      return await answer(deps, unknownCommand(parsed.words, ids()));
    }
  }
  // osc_lib's INFO lines around a command (-v): the command line, secrets masked, and the code
  const chatty = typeof parsed.global.verbose === "number" && parsed.global.verbose >= 1;
  if (chatty) {
    // one line: control characters in argv must not drive the terminal
    const line = maskSecrets(argv).join(" ").toWellFormed().replace(CONTROL, escapeControl);
    await deps.stderr.write(`START with options: ${line}\n`);
  }
  const code = await runCommand(parsed, deps, opts);
  if (chatty) await deps.stderr.write(`END return value: ${code}\n`);
  return code;
}

async function runCommand(
  parsed: Extract<Dispatch, { kind: "command" }>,
  deps: Deps,
  opts: RunOptions,
): Promise<number> {
  const debug = parsed.global.debug === true;
  const sessions = opts.sessions ?? newSession;
  const timings = sessions.timings(parsed.global);
  // The module brings the command's flags: argv is fully parsed once it is
  // loaded, and before anything touches the network.
  let def: CommandDef;
  try {
    def = (await parsed.entry.load()).default;
  } catch (e) {
    return await report(e, deps, debug);
  }
  let command: ParsedCommand;
  try {
    command = parseCommandArgs(parsed.entry.id, def, parsed.args, parsed.after);
  } catch (e) {
    return await report(e, deps, false);
  }
  const { flags, positionals } = command;
  try {
    const { outputOptions } = await import("../output/flags.ts");
    const output = def.output
      ? outputOptions(flags, deps.env, deps.terminalWidth() !== undefined)
      : undefined;
    const ctx = makeContext(deps, parsed.global, debug, timings, sessions);
    const result = await def.run({ flags: flags as never, positionals, output }, ctx);
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

/** -q and -v exclude each other (argparse's mutually exclusive group). */
function checkVerbosity(parsed: Dispatch, argv: readonly string[]): void {
  if (parsed.global.quiet !== true || parsed.global.verbose === undefined) return;
  const end = argv.indexOf("--");
  const conflict = verbosityConflict(end < 0 ? argv : argv.slice(0, end));
  if (conflict) throw new UsageError(conflict, "openstack");
}

/** --batch FILE stands for the commands: with a command, or inside a batch, it is a usage error. */
function checkBatch(parsed: Dispatch, canRead: boolean): void {
  if (parsed.kind === "help" || parsed.kind === "version") return;
  if (!canRead) throw new UsageError("--batch cannot be used here", "openstack");
  if (parsed.kind !== "no-command") {
    throw new UsageError(
      "--batch runs the commands of a file: give no command with it",
      "openstack",
    );
  }
}

async function answer(deps: Deps, a: Answer): Promise<number> {
  if (a.stdout) await deps.stdout.write(a.stdout);
  if (a.stderr) await deps.stderr.write(a.stderr);
  return a.code;
}

/**
 * Whether argv runs a read (a `… list` or `… show` command) whose only effect is what it
 * prints: the batch modes run such lines side by side. --debug, -vv, --timing and
 * --log-file hang on state a session keeps across commands, so lines with them run alone.
 */
export function isPlainRead(argv: readonly string[], commands: readonly RegistryEntry[]): boolean {
  let parsed: Dispatch;
  try {
    parsed = parseArgv(argv.map((a) => a.toWellFormed()), withBuiltins(commands));
  } catch {
    return false;
  }
  if (parsed.kind !== "command") return false;
  const g = parsed.global;
  if (g.debug || g.timing || g.logFile !== undefined || tracesRequests(g)) return false;
  return / (list|show)$/.test(parsed.entry.id);
}

/** One session per command, opened on first use. */
export const newSession: SessionSource = {
  timings: (global) => global.timing ? [] : undefined,
  async open(deps, global, trace, timings) {
    const m = await import("../session/session.ts");
    const s = await m.openSession(deps, global, trace, timings);
    await warnExposedSecretFile(deps, global, s.cloud.insecurePasswordFile);
    return s;
  },
};

function makeContext(
  deps: Deps,
  global: GlobalOptions,
  debug: boolean,
  timings: TimingRecord[] | undefined,
  sessions: SessionSource,
): Context {
  let session: Promise<Session> | undefined;
  const trace = debug || tracesRequests(global)
    ? (line: string) => deps.stderr.write(line + "\n")
    : undefined;
  const open = (): Promise<Session> =>
    session ??= sessions.open(deps, global, trace, timings).then((s) => {
      runSecrets.set(deps, s.cloud.auth);
      openedSession.add(deps);
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
    asProject(project) {
      const scoped = open().then((s) => s.asProject(project));
      return { service: (type: string) => scoped.then((s) => s.service(type)) };
    },
  };
}

/** Warns (never fails) when a config file holding a secret can be read by group or others. */
async function warnExposedSecretFile(
  deps: Deps,
  global: GlobalOptions,
  path: string | undefined,
): Promise<void> {
  if (path === undefined) return;
  await warn(
    { stderr: deps.stderr, global },
    `WARNING: ${path} holds a password or other secret and can be read by other users; ` +
      `restrict it with: chmod 600 ${path}`,
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

/** Runs whose errors are printed as JSON (--error-format json, OS_ERROR_FORMAT=json). */
const jsonErrors = new WeakSet<Deps>();

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
  // (the first line with words: a name given as "\n" must not leave an empty message)
  const first = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const line = scrub(first, deps).replace(CONTROL, escapeControl);
  return line.length > 1000 ? line.slice(0, 997) + "..." : line;
}

/** One line on stderr, the right exit code; a stack trace only with --debug. */
async function report(e: unknown, deps: Deps, debug: boolean): Promise<number> {
  if (deps.signal?.aborted) return await say(e, deps, "Interrupted", 130, "");
  const stack = debug && e instanceof Error && e.stack ? scrub(e.stack, deps) + "\n" : "";
  const denied = permissionLine(e);
  if (denied) return await say(e, deps, denied, 1, stack);
  if (e instanceof SilentExit) return e.exitCode;
  if (e instanceof OscError) {
    const partial = (e as { partialOutput?: string }).partialOutput;
    if (partial) await deps.stdout.write(partial); // what python had printed before failing
    return await say(e, deps, errorLine(e.message, deps), e.exitCode, stack);
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
    return await say(
      e,
      deps,
      `openstack: cannot read the cloud's response (${errorLine(msg, deps)}); ` +
        "--debug shows the requests and responses",
      1,
      stack,
    );
  }
  return await say(e, deps, `openstack: unexpected error: ${errorLine(msg, deps)}`, 1, stack);
}

/** Writes the error as its line, or as one JSON object when the run asked for that. */
async function say(
  e: unknown,
  deps: Deps,
  line: string,
  code: number,
  stack: string,
): Promise<number> {
  if (jsonErrors.has(deps)) {
    const { errorJson } = await import("./error_json.ts");
    await deps.stderr.write(errorJson(e, line, code) + stack);
  } else {
    await deps.stderr.write(line + "\n" + stack);
  }
  return code;
}
