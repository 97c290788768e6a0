/**
 * The sessions of the interactive and batch modes: one per distinct set of
 * session options (cloud, auth, region, TLS, API versions, --debug), kept
 * across commands, so N commands authenticate once and reuse their
 * connections. Options that only shape one command's output (--timing, -v,
 * -q) do not split sessions.
 */
import type { Deps } from "../context.ts";
import type { GlobalOptions } from "./global_options.ts";
import type { TimingRecord } from "../http/client.ts";
import type { Session } from "../session/session.ts";
import type { SessionSource } from "./run.ts";

/** Global options that do not change what a session is. */
const PER_COMMAND = new Set([
  "help",
  "version",
  "quiet",
  "logFile",
  "timing",
  "batch",
  "errorFormat",
]);

/** A token with less left than this is not handed to another command (the cache's margin). */
const EXPIRY_MARGIN_MS = 60_000;

interface Entry {
  session?: Promise<Session>;
  /** Aborted by Ctrl-C in the interactive mode: the session's requests stop. */
  controller: AbortController;
  /** Requests of the current command, for --timing. */
  timings: TimingRecord[];
}

export type OpenSession = (
  deps: Deps,
  global: GlobalOptions,
  trace: ((line: string) => Promise<void>) | undefined,
  timings: TimingRecord[] | undefined,
) => Promise<Session>;

function keyOf(global: GlobalOptions): string {
  const kept = Object.entries(global).filter(([k, v]) => !PER_COMMAND.has(k) && v !== undefined);
  return JSON.stringify(kept.sort(([a], [b]) => (a < b ? -1 : 1)));
}

export class SessionPool implements SessionSource {
  private readonly entries = new Map<string, Entry>();
  /** The sessions each running command (known by its deps) opened: reads may run side by side. */
  private readonly usedBy = new WeakMap<Deps, Set<Entry>>();

  constructor(private readonly openNew: OpenSession, private readonly now = Date.now) {}

  private entry(global: GlobalOptions): Entry {
    const key = keyOf(global);
    let e = this.entries.get(key);
    if (!e) {
      e = { controller: new AbortController(), timings: [] };
      this.entries.set(key, e);
    }
    return e;
  }

  timings(global: GlobalOptions): TimingRecord[] | undefined {
    const e = this.entry(global);
    e.timings.length = 0;
    return global.timing ? e.timings : undefined;
  }

  async open(
    deps: Deps,
    global: GlobalOptions,
    trace: ((line: string) => Promise<void>) | undefined,
  ): Promise<Session> {
    let e = this.entry(global);
    if (e.session && !await this.usable(e.session)) {
      const timings = e.timings; // the command already holds it
      this.forget(e);
      e = this.entry(global);
      e.timings = timings;
    }
    const used = this.usedBy.get(deps) ?? new Set();
    this.usedBy.set(deps, used.add(e));
    const signal = deps.signal
      ? AbortSignal.any([deps.signal, e.controller.signal])
      : e.controller.signal;
    e.session ??= this.openNew({ ...deps, signal }, global, trace, e.timings);
    return await e.session;
  }

  /** Opened, authenticated, and the token good for more than the margin. */
  private async usable(session: Promise<Session>): Promise<boolean> {
    const s = await session.catch(() => undefined);
    const auth = await s?.authResult().catch(() => undefined);
    if (auth === undefined) return false;
    const expires = Date.parse(auth.expiresAt);
    return Number.isNaN(expires) || expires - this.now() > EXPIRY_MARGIN_MS;
  }

  /** The next command opens a new session; commands still running keep this one. */
  private forget(e: Entry): void {
    for (const [k, v] of this.entries) if (v === e) this.entries.delete(k);
  }

  /**
   * After each command (`deps`: the ones it ran with). A failed one may have
   * left its sessions unusable (a refused token, an expired one): they are
   * opened anew for the next command; with the token cache on that costs a
   * file read, not a login.
   */
  settle(code: number, deps: Deps): void {
    if (code !== 0) { for (const e of this.usedBy.get(deps) ?? []) this.forget(e); }
    this.usedBy.delete(deps);
  }

  /** Ctrl-C: stop every request in flight; the next command starts afresh. */
  abortAll(): void {
    for (const e of [...this.entries.values()]) {
      e.controller.abort(new Error("interrupted"));
      this.forget(e);
    }
  }
}
