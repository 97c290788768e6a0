/** Small helpers shared by command files (not a command: the name starts with "_"). */
import type { Context } from "../context.ts";
import { UsageError } from "../cli/errors.ts";

/**
 * argparse's mutually exclusive groups: the first two flags given (in the
 * group's order) fail as "argument --b: not allowed with argument --a".
 */
export function exclusive(
  prog: string,
  given: readonly [string, boolean | string | undefined][],
): void {
  const set = given.filter(([, v]) => v !== undefined && v !== false);
  if (set.length > 1) {
    throw new UsageError(`argument ${set[1][0]}: not allowed with argument ${set[0][0]}`, prog);
  }
}

/**
 * The user asked for a compute microversion (--os-compute-api-version or
 * OS_COMPUTE_API_VERSION) rather than leaving it to negotiation.
 */
export function computeVersionPinned(ctx: Context): boolean {
  const v = (ctx.global.osComputeApiVersion as string | undefined) ??
    ctx.env.OS_COMPUTE_API_VERSION;
  return v !== undefined && v !== "" && v !== "2" && v !== "2.latest";
}
