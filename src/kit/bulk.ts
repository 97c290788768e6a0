/** Bulk deletion the python client's way: every item tried, failures reported in order. */
import type { Context } from "../context.ts";
import { OscError } from "../errors.ts";
import { HttpError, logLine } from "../http/errors.ts";
import { sdkErrorText } from "../api/sdk.ts";

/**
 * str(e) as the openstacksdk-based commands print it after "Failed to delete
 * ...: ". Commands on a python client library (cinderclient) pass `plainError`:
 * there an HTTP error reads "<message> (HTTP n) (Request-ID: ...)".
 */
export function sdkError(e: unknown): string {
  if (e instanceof HttpError) return sdkErrorText(e);
  return plainError(e);
}

export function plainError(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Deletions in flight at once. One by one, as python does, by default: two
 * arguments may name the same resource (a name and its ID), and python's
 * order then decides which of them fails.
 */
export const DELETE_CONCURRENCY = 1;

/**
 * Deletes every item (`concurrency` at a time); each failure is reported on its own
 * stderr line in argument order ("Failed to delete network with name or ID
 * 'x': ..."), as python's one-by-one loop prints them, and the rest still go.
 * Any failure ends in "N of M networks failed to delete." (exit 1). Ctrl-C
 * stops at once.
 */
export async function deleteEach(
  ctx: Context,
  resource: string,
  items: readonly string[],
  del: (nameOrId: string) => Promise<void>,
  describe: (e: unknown) => string = sdkError,
  /** The failure line; python's keypair delete words it its own way. */
  line = (item: string, why: string) =>
    `Failed to delete ${resource} with name or ID '${item}': ${why}`,
  /** The closing error; python's keystone commands word it their own way. */
  summary = (failed: number, total: number) =>
    `${failed} of ${total} ${resource}s failed to delete.`,
): Promise<void> {
  const results = await mapBounded(items, DELETE_CONCURRENCY, async (item) => {
    try {
      await del(item);
      return undefined;
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      return e;
    }
  });
  let failed = 0;
  for (const [i, e] of results.entries()) {
    if (e === undefined) continue;
    failed++;
    await ctx.stderr.write(
      logLine(line(items[i], describe(e))) + "\n",
    );
  }
  if (failed) {
    throw new OscError(summary(failed, items.length));
  }
}

/** Maps with at most `limit` calls in flight; results in input order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
