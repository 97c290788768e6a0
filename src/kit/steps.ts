/**
 * python's "try each change, log what fails, fail at the end" (volume set,
 * snapshot set, flavor set …): every step runs; a failure is logged as
 * "<what>: <error>" and counted; `finish` raises the closing error.
 */
import type { Context } from "../context.ts";
import { OscError } from "../errors.ts";
import { logLine } from "../http/errors.ts";
import { plainError } from "./bulk.ts";

export interface Steps {
  /** Runs one step; a failure is logged and counted, and the next step still runs. */
  step(what: string, fn: () => Promise<unknown>): Promise<void>;
  /** How many steps failed so far. */
  readonly failed: number;
  /** Throws `message` when any step failed. */
  finish(message: string): void;
}

export function failureSteps(ctx: Context, describe: (e: unknown) => string = plainError): Steps {
  let failed = 0;
  return {
    async step(what, fn) {
      try {
        await fn();
      } catch (e) {
        if (ctx.signal?.aborted) throw e;
        failed++;
        await ctx.stderr.write(logLine(`${what}: ${describe(e)}`) + "\n");
      }
    },
    get failed() {
      return failed;
    },
    finish(message) {
      if (failed) throw new OscError(message);
    },
  };
}
