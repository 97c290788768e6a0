/**
 * --wait loops (osc_lib's wait_for_status / wait_for_delete), polling every
 * POLL_MS rather than python's 5 s, so a wait ends soon after Nova is done.
 * Ctrl-C ends a wait at once (the run then exits 130).
 */
import type { Context } from "../../context.ts";
import type { Server } from "../../api/compute/servers.ts";
import { HttpError } from "../../http/errors.ts";

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

/** python's _show_progress: "\rProgress: N" on stdout while Nova reports progress. */
async function showProgress(ctx: Context, s: Server): Promise<void> {
  const p = s.progress;
  if (p) await ctx.stdout.write(`\rProgress: ${p}`);
}

/** Polls until the status is ACTIVE (true) or ERROR (false). */
export async function waitForActive(
  ctx: Context,
  get: () => Promise<Server>,
  pollMs = POLL_MS,
): Promise<boolean> {
  for (;;) {
    const s = await get();
    const status = String(s.status ?? "").toLowerCase();
    if (status === "active") return true;
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
