/**
 * --wait loops (osc_lib's wait_for_status / wait_for_delete), polling every
 * POLL_MS rather than python's 5 s, so a wait ends soon after Nova is done.
 * Ctrl-C ends a wait at once (the run then exits 130).
 */
import type { Context } from "../../context.ts";
import type { Server } from "../../api/compute/servers.ts";
import { HttpError } from "../../http/errors.ts";
import { OscError } from "../../errors.ts";
import { progressSink } from "../../cli/verbosity.ts";

export const POLL_MS = 1000;

function timer(ms: number, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(id);
      reject(signal!.reason);
    };
    const id = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

async function sleep(ctx: Context, ms: number): Promise<void> {
  await (ctx.sleep ? ctx.sleep(ms) : timer(ms, ctx.signal));
  ctx.signal?.throwIfAborted();
}

/**
 * python's _show_progress, "\rProgress: N" while Nova reports progress; python writes it to
 * stdout, which mixes it into piped output: here it goes to stderr, on a terminal only.
 */
async function showProgress(ctx: Context, s: Server): Promise<void> {
  const p = s.progress;
  const sink = progressSink(ctx);
  if (p && sink) await sink.write(`\rProgress: ${p}`);
}

/** Polls until the status is ACTIVE (true) or ERROR (false). */
export function waitForActive(
  ctx: Context,
  get: () => Promise<Server>,
  pollMs = POLL_MS,
): Promise<boolean> {
  return waitForStatus(ctx, get, ["active"], pollMs);
}

/** Polls until the status is one of `success` (true) or ERROR (false); lowercase names. */
export async function waitForStatus(
  ctx: Context,
  get: () => Promise<Server>,
  success: readonly string[],
  pollMs = POLL_MS,
): Promise<boolean> {
  for (;;) {
    const s = await get();
    const status = String(s.status ?? "").toLowerCase();
    if (success.includes(status)) return true;
    if (status === "error") return false;
    await showProgress(ctx, s);
    await sleep(ctx, pollMs);
  }
}

/** Polls until the server is gone (true), in ERROR (false), or 300 s have passed (false). */
export async function waitForDelete(
  ctx: Context,
  get: () => Promise<Server>,
  pollMs = POLL_MS,
  timeoutMs = 300_000,
): Promise<boolean> {
  const deadline = ctx.now() + timeoutMs;
  while (ctx.now() < deadline) {
    let s: Server;
    try {
      s = await get();
    } catch (e) {
      if (e instanceof HttpError && e.status === 404) return true;
      throw e;
    }
    if (String(s.status ?? "").toLowerCase() === "error") return false;
    await showProgress(ctx, s);
    await sleep(ctx, pollMs);
  }
  return false;
}

/**
 * python's `--wait` epilogue: "Complete" on stdout once the status is one of `success`, else
 * "Error <doing> server" there and "Error <doing> server: <id>" as the error.
 */
export async function waitReported(
  ctx: Context,
  get: () => Promise<Server>,
  id: string,
  doing: string,
  success: readonly string[] = ["active"],
): Promise<void> {
  if (await waitForStatus(ctx, get, success)) {
    await ctx.stdout.write("Complete\n");
    return;
  }
  await ctx.stdout.write(`Error ${doing} server\n`);
  throw new OscError(`Error ${doing} server: ${id}`);
}
