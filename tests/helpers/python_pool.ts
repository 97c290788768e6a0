/**
 * A small pool of long-lived python runners (python_runner.py): each imports the python client
 * once and runs its `main()` per request in a child forked from that warm state, so a case
 * costs the client's work, not its ~1-2 s of imports. runPython (cli.ts) uses it unless
 * OSC_PY_RUNNER=0; OSC_PY_RUNNER_POOL sets the number of runners (default 4).
 *
 * What python decides once at start-up from the environment (the locale: stdio encoding;
 * PYTHON* variables) cannot be redone per request, so runners are kept per such set of
 * variables; everything else in the environment is the request's own.
 */
import type { Outcome } from "./cli.ts";

const RUNNER = new URL("./python_runner.py", import.meta.url).pathname;
const PYTHON = "/usr/bin/python3";
const STARTUP_VAR = /^(LANG|LANGUAGE|LC_[A-Z]+|PYTHON[A-Z0-9_]*)$/;

export interface RunnerRequest {
  argv: string[];
  env: Record<string, string>;
  cwd: string;
  stdin?: string;
  timeoutMs: number;
}

export interface RunnerOutcome extends Outcome {
  /** Time the forked child took, as the runner measured it. */
  ms: number;
  /** CPU time (user + system) of the forked child. */
  cpuMs: number;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function fromBase64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

function toBase64(s: string): string {
  let bin = "";
  for (const b of enc.encode(s)) bin += String.fromCharCode(b);
  return btoa(bin);
}

/** One runner process, one request at a time; reads its stdout only while a request is out. */
class Runner {
  readonly #child: Deno.ChildProcess;
  readonly #writer: WritableStreamDefaultWriter<Uint8Array>;
  readonly #reader: ReadableStreamDefaultReader<Uint8Array>;
  #pending = new Uint8Array(0);
  #nextId = 1;
  dead = false;
  readonly ready: Promise<void>;

  constructor(startupEnv: Record<string, string>) {
    this.#child = new Deno.Command(PYTHON, {
      args: [RUNNER],
      env: startupEnv,
      clearEnv: true,
      cwd: "/",
      stdin: "piped",
      stdout: "piped",
      stderr: "inherit",
    }).spawn();
    this.#child.unref();
    this.#writer = this.#child.stdin.getWriter();
    this.#reader = this.#child.stdout.getReader();
    this.ready = this.#line().then((l) => {
      if (!JSON.parse(l).ready) throw new Error(`python runner: unexpected first line ${l}`);
    });
  }

  async #line(): Promise<string> {
    for (;;) {
      const nl = this.#pending.indexOf(10);
      if (nl >= 0) {
        const line = dec.decode(this.#pending.subarray(0, nl));
        this.#pending = this.#pending.slice(nl + 1);
        return line;
      }
      const { value, done } = await this.#reader.read();
      if (done) {
        this.dead = true;
        throw new Error("python runner exited (see its stderr above)");
      }
      const joined = new Uint8Array(this.#pending.length + value.length);
      joined.set(this.#pending);
      joined.set(value, this.#pending.length);
      this.#pending = joined;
    }
  }

  async run(req: RunnerRequest): Promise<RunnerOutcome> {
    // The child is unref'd (an idle runner must not keep a test process alive), so a run in
    // flight holds the event loop with its own timer, which also ends a runner that hangs.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.kill();
        reject(new Error(`python runner: no answer within ${req.timeoutMs} ms`));
      }, req.timeoutMs + 30_000);
    });
    try {
      return await Promise.race([this.#run(req), deadline]);
    } finally {
      clearTimeout(timer);
    }
  }

  async #run(req: RunnerRequest): Promise<RunnerOutcome> {
    await this.ready;
    const id = this.#nextId++;
    const msg = {
      id,
      argv: req.argv,
      env: req.env,
      cwd: req.cwd,
      stdin: req.stdin === undefined ? null : toBase64(req.stdin),
      timeout_ms: req.timeoutMs,
    };
    await this.#writer.write(enc.encode(JSON.stringify(msg) + "\n"));
    const answer = JSON.parse(await this.#line());
    if (answer.id !== id) throw new Error(`python runner: answer ${answer.id} for request ${id}`);
    return {
      code: answer.code,
      stdout: dec.decode(fromBase64(answer.stdout)),
      stderr: dec.decode(fromBase64(answer.stderr)),
      ms: answer.ms,
      cpuMs: answer.cpu_ms,
    };
  }

  kill() {
    this.dead = true;
    try {
      this.#child.kill("SIGKILL");
    } catch {
      // already gone
    }
  }

  async close(): Promise<void> {
    this.dead = true;
    try {
      await this.#writer.close();
    } catch {
      // already gone
    }
    this.#reader.releaseLock();
    await this.#child.stdout.cancel().catch(() => {});
    // unref'd, its end would not hold the event loop: waiting for it must
    this.#child.ref();
    await this.#child.status;
  }
}

/** Runners sharing one start-up environment, each lent to one request at a time. */
class Pool {
  readonly #idle: Runner[] = [];
  readonly #all: Runner[] = [];
  readonly #waiting: ((r: Runner) => void)[] = [];

  constructor(readonly startupEnv: Record<string, string>, readonly size: number) {}

  async #acquire(): Promise<Runner> {
    const idle = this.#idle.pop();
    if (idle) return idle;
    if (this.#all.length < this.size) {
      const r = new Runner(this.startupEnv);
      this.#all.push(r);
      return r;
    }
    return await new Promise((resolve) => this.#waiting.push(resolve));
  }

  #release(r: Runner) {
    if (r.dead) {
      this.#all.splice(this.#all.indexOf(r), 1);
      // a waiter gets a fresh runner in its place
      const next = this.#waiting.shift();
      if (next) {
        const fresh = new Runner(this.startupEnv);
        this.#all.push(fresh);
        next(fresh);
      }
      return;
    }
    const next = this.#waiting.shift();
    if (next) next(r);
    else this.#idle.push(r);
  }

  async run(req: RunnerRequest): Promise<RunnerOutcome> {
    const r = await this.#acquire();
    try {
      return await r.run(req);
    } catch (e) {
      r.dead = true;
      throw e;
    } finally {
      this.#release(r);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.splice(0).map((r) => r.close()));
    this.#idle.length = 0;
  }
}

const pools = new Map<string, Pool>();

/** Totals over every run so far (for the timing figures). */
export const runnerStats = { runs: 0, ms: 0, cpuMs: 0 };

/** The variables python reads only at start-up, plus what it needs to start at all. */
function startupEnv(env: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { PATH: "/usr/bin:/bin", HOME: env.HOME ?? "/root" };
  for (const [k, v] of Object.entries(env)) if (STARTUP_VAR.test(k)) out[k] = v;
  return out;
}

export function poolSize(): number {
  return Math.max(1, Number(Deno.env.get("OSC_PY_RUNNER_POOL") ?? 4));
}

/** Runs `openstack <argv>` in a warm runner; same outcome as the plain subprocess. */
export function runInRunner(req: RunnerRequest): Promise<RunnerOutcome> {
  const start = startupEnv(req.env);
  const key = JSON.stringify(Object.entries(start).sort());
  let pool = pools.get(key);
  if (!pool) pools.set(key, pool = new Pool(start, poolSize()));
  return pool.run(req).then((o) => {
    runnerStats.runs++;
    runnerStats.ms += o.ms;
    runnerStats.cpuMs += o.cpuMs;
    return o;
  });
}

/** Stops every runner (they also end by themselves when this process exits). */
export async function closePythonRunners(): Promise<void> {
  await Promise.all([...pools.values()].map((p) => p.close()));
  pools.clear();
}
