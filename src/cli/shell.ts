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
import type { Deps, Sink } from "../context.ts";
import type { RegistryEntry } from "./registry_types.ts";
import type { GlobalOptions } from "./global_options.ts";
import type { ShellInput } from "./shell_input.ts";
import { isPlainRead, newSession, run } from "./run.ts";
import { SessionPool } from "./session_pool.ts";
import { shlexSplit, SplitError } from "./shlex.ts";
import { absolutePath } from "../config/search_path.ts";

export const PROMPT = "(openstack) ";

/** Reads of the batch modes running at once (a few: the services, not the client, set the pace). */
const PARALLEL_READS = 4;

interface Finished {
  code: number;
  /** The deps the line ran with: the pool knows its sessions by them. */
  deps: Deps;
  /** Prints what the line wrote, in the order it wrote it. */
  flush(): Promise<void>;
}

/**
 * Deps whose stdout and stderr keep what a line writes until flush(); after it, writes
 * go straight through (a session the line opened may outlive it and warn later).
 */
function buffered(deps: Deps): { deps: Deps; flush(): Promise<void> } {
  let held: [Sink, string][] | undefined = [];
  const sink = (to: Sink): Sink => ({
    write: (text) => {
      if (!held) return to.write(text);
      held.push([to, text]);
      return Promise.resolve();
    },
  });
  return {
    deps: { ...deps, stdout: sink(deps.stdout), stderr: sink(deps.stderr) },
    async flush() {
      const all = held ?? [];
      held = undefined;
      for (const [to, text] of all) await to.write(text);
    },
  };
}

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
  // Batch modes: reads (`… list`, `… show`) start while earlier reads still run, up to
  // PARALLEL_READS at once; each prints when every line before it has printed, and any
  // other line waits for all of them, so what the lines see and print stays in line order.
  const inflight: { promise: Promise<void>; done?: Finished }[] = [];
  /** Set when a line failed in a batch that stops: the code to exit with. */
  let stopCode: number | undefined;
  /** After a line: the exit code to stop with, or undefined to go on. */
  const finish = async (f: Finished): Promise<number | undefined> => {
    await f.flush();
    pool.settle(f.code, f.deps);
    if (deps.signal?.aborted) return 130;
    if (f.code !== 0) {
      if (batch !== undefined) return f.code;
      failed ||= f.code;
    }
  };
  // A read prints as soon as it and every line before it have ended, without waiting for the
  // next line to arrive: a program feeding the pipe may wait for that output before writing on.
  let printing = Promise.resolve();
  /** What a read or its printing threw, away from the loop: thrown where the loop next waits. */
  let thrown: { error: unknown } | undefined;
  const print = () =>
    printing = printing.then(async () => {
      while (stopCode === undefined && inflight[0]?.done) {
        stopCode = await finish(inflight.shift()!.done!);
      }
    }).catch((error) => {
      thrown ??= { error };
      stopCode ??= 1;
    });
  const drain = async (keep = 0): Promise<number | undefined> => {
    while (stopCode === undefined && inflight.length > keep) {
      await inflight[0].promise;
      await print();
    }
    if (stopCode !== undefined) {
      // reads change nothing: the ones still running are let finish, unprinted
      await Promise.allSettled(inflight.splice(0).map((r) => r.promise));
    }
    if (thrown) throw thrown.error;
    return stopCode;
  };
  try {
    for (;;) {
      if (interactive) await deps.stdout.write(PROMPT);
      prompting = true;
      const raw = await next();
      prompting = false;
      if (raw === undefined) {
        const stop = await drain();
        if (stop !== undefined) return stop;
        if (interactive) await deps.stdout.write("\n");
        break;
      }
      lineNo++;
      const line = raw.trim();
      if (line === "" || line.startsWith("#")) continue;
      let words: string[] | undefined;
      let splitError: string | undefined;
      if (line !== "exit" && line !== "quit" && line !== "help") {
        try {
          words = shlexSplit(line);
        } catch (e) {
          if (!(e instanceof SplitError)) throw e;
          splitError = `openstack: line ${lineNo}: ${e.message}\n`;
        }
      }
      const argv = words && [...start, ...words];
      if (argv && !interactive && isPlainRead(argv, registry)) {
        const stop = await drain(PARALLEL_READS - 1);
        if (stop !== undefined) return stop;
        const out = buffered(deps);
        const read: (typeof inflight)[number] = {
          promise: run(argv, out.deps, registry, { sessions: pool }).then(
            (code) => {
              read.done = { code, deps: out.deps, flush: out.flush };
              void print();
            },
            (error) => {
              thrown ??= { error };
              read.done = { code: 1, deps: out.deps, flush: out.flush };
              void print();
            },
          ),
        };
        inflight.push(read);
        continue;
      }
      const stop = await drain();
      if (stop !== undefined) return stop;
      if (line === "exit" || line === "quit") break;
      if (line === "help") {
        await deps.stdout.write(shellHelp(registry));
        continue;
      }
      if (splitError) await deps.stderr.write(splitError);
      let code = 2;
      running = interactive ? new AbortController() : undefined;
      const lineDeps = running ? { ...deps, signal: running.signal } : { ...deps };
      if (argv) code = await run(argv, lineDeps, registry, { sessions: pool });
      running = undefined;
      const stopHere = await finish({ code, deps: lineDeps, flush: () => Promise.resolve() });
      if (stopHere !== undefined) return stopHere;
    }
  } finally {
    if (interactive) input.onInterrupt(undefined);
  }
  return interactive ? 0 : failed;
}
