/** Small helpers shared by command files (not a command: the name starts with "_"). */
import type { Context } from "../context.ts";
import { CliError } from "../cli/errors.ts";

/**
 * The user asked for a compute microversion (--os-compute-api-version or
 * OS_COMPUTE_API_VERSION) rather than leaving it to negotiation.
 */
export function computeVersionPinned(ctx: Context): boolean {
  const v = (ctx.global.osComputeApiVersion as string | undefined) ??
    ctx.env.OS_COMPUTE_API_VERSION;
  return v !== undefined && v !== "" && v !== "2" && v !== "2.latest";
}

/**
 * osc_lib's KeyValueAction / KeyValueAppendAction: each entry "key=value"
 * (split at the first "="). Their errors escape argparse in the python client
 * (exit 1, no usage line), and so they do here.
 */
export function keyValuePairs(entries: readonly string[]): [string, string][] {
  return entries.map((e) => {
    const eq = e.indexOf("=");
    if (eq < 0) throw new CliError(`Expected 'key=value' type, but got: ${e}`);
    if (eq === 0) throw new CliError(`Property key must be specified: ${e}`);
    return [e.slice(0, eq), e.slice(eq + 1)];
  });
}
