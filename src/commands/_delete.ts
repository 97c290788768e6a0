/** Bulk deletion the python client's way (not a command: the name starts with "_"). */
import type { Context } from "../context.ts";
import { CliError } from "../cli/errors.ts";
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
 * Deletes each item in turn; a failure is reported on its own stderr line
 * ("Failed to delete network with name or ID 'x': ...") and the rest still go.
 * Any failure ends in "N of M networks failed to delete." (exit 1). Ctrl-C
 * stops at once.
 */
export async function deleteEach(
  ctx: Context,
  resource: string,
  items: readonly string[],
  del: (nameOrId: string) => Promise<void>,
  describe: (e: unknown) => string = sdkError,
): Promise<void> {
  let failed = 0;
  for (const item of items) {
    try {
      await del(item);
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      failed++;
      await ctx.stderr.write(
        logLine(`Failed to delete ${resource} with name or ID '${item}': ${describe(e)}`) + "\n",
      );
    }
  }
  if (failed) {
    throw new CliError(`${failed} of ${items.length} ${resource}s failed to delete.`);
  }
}
