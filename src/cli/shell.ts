/**
 * `openstack` with no command: the interactive mode on a terminal, and the
 * batch modes (commands piped on stdin, `--batch FILE`). Each line runs as
 * `openstack <the options given at start> <line>` would run alone — through
 * run(), so its output and exit code are the same — but with sessions from
 * one pool: one authentication and kept-alive connections for all of them.
 *
 * Piped commands go on after a failure, as the python client's do, and the
 * exit code is the first failure's (python exits 0). --batch stops at the
 * first failure with its exit code.
 */
import type { Deps } from "../context.ts";
import type { RegistryEntry } from "./registry_types.ts";
import type { GlobalOptions } from "./global_options.ts";
import type { ShellInput } from "./shell_input.ts";
import { newSession, run } from "./run.ts";
import { SessionPool } from "./session_pool.ts";
import { shlexSplit, SplitError } from "./shlex.ts";
import { absolutePath } from "../config/search_path.ts";

export const PROMPT = "(openstack) ";

/** Lines of a byte stream, read as they come (a terminal gives one per Enter). */
class LineReader {
  private buf = "";
  private done = false;
  private readonly reader: ReadableStreamDefaultReader<string>;

  constructor(stream: ReadableStream<Uint8Array>) {
    this.reader = stream.pipeThrough(new TextDecoderStream()).getReader();
  }

  async next(): Promise<string | undefined> {
    for (;;) {
      const nl = this.buf.indexOf("\n");
      if (nl >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        return line;
      }
      if (this.done) {
        if (!this.buf) return undefined;
        const last = this.buf;
        this.buf = "";
        return last;
      }
      const { value, done } = await this.reader.read();
      if (done) this.done = true;
      else this.buf += value;
    }
  }
}

/** The start-up argv without --batch and its file: what every line is run with. */
function withoutBatch(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--batch") i++;
    else if (!argv[i].startsWith("--batch=")) out.push(argv[i]);
  }
  return out;
}

function shellHelp(registry: readonly RegistryEntry[]): string {
  const width = Math.max(...registry.map((e) => e.id.length), 10) + 2;
  return "Shell commands: exit, quit, help [<command>]\n\n" +
    "Commands (help <command> for its options):\n" +
    registry.map((e) => `  ${e.id.padEnd(width)}${e.summary}\n`).join("");
}

async function batchFile(deps: Deps, path: string): Promise<string | { error: string }> {
  try {
    const text = await deps.fs.readTextFile(absolutePath(path, deps.cwd));
    return text ?? { error: "no such file" };
  } catch (e) {
    return { error: e instanceof Error ? e.message.split("\n")[0] : String(e) };
  }
}

export async function runShell(
  argv: readonly string[],
  global: GlobalOptions,
  deps: Deps,
  registry: readonly RegistryEntry[],
  input: ShellInput,
): Promise<number> {
  const start = withoutBatch(argv);
  const batch = global.batch as string | undefined;
  let next: () => Promise<string | undefined>;
  if (batch !== undefined && batch !== "-") {
    const text = await batchFile(deps, batch);
    if (typeof text !== "string") {
      await deps.stderr.write(`openstack: cannot read the --batch file ${batch}: ${text.error}\n`);
      return 2;
    }
    const lines = text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    next = () => Promise.resolve(lines.shift());
  } else {
    const reader = new LineReader(input.stdin());
    next = () => reader.next();
  }
  const interactive = batch === undefined && input.isTerminal();
  const pool = new SessionPool((d, g, trace, timings) => newSession.open(d, g, trace, timings));
  let running: AbortController | undefined;
  let prompting = false;
  if (interactive) {
    input.onInterrupt(() => {
      if (prompting) {
        void deps.stdout.write("\n" + PROMPT);
        return true;
      }
      // a second Ctrl-C while a command does not stop falls through: the process ends
      if (!running || running.signal.aborted) return false;
      running.abort(new Error("interrupted"));
      pool.abortAll();
      return true;
    });
  }
  let failed = 0;
  let lineNo = 0;
  try {
    for (;;) {
      if (interactive) await deps.stdout.write(PROMPT);
      prompting = true;
      const raw = await next();
      prompting = false;
      if (raw === undefined) {
        if (interactive) await deps.stdout.write("\n");
        break;
      }
      lineNo++;
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) continue;
      if (line === "exit" || line === "quit") break;
      if (line === "help") {
        await deps.stdout.write(shellHelp(registry));
        continue;
      }
      let words: string[] | undefined;
      try {
        words = shlexSplit(line);
      } catch (e) {
        if (!(e instanceof SplitError)) throw e;
        await deps.stderr.write(`openstack: line ${lineNo}: ${e.message}\n`);
      }
      let code = 2;
      if (words) {
        running = interactive ? new AbortController() : undefined;
        const lineDeps = running ? { ...deps, signal: running.signal } : deps;
        code = await run([...start, ...words], lineDeps, registry, { sessions: pool });
        running = undefined;
        pool.settle(code);
      }
      if (deps.signal?.aborted) return 130;
      if (code !== 0) {
        if (batch !== undefined) return code;
        failed ||= code;
      }
    }
  } finally {
    if (interactive) input.onInterrupt(undefined);
  }
  return interactive ? 0 : failed;
}
