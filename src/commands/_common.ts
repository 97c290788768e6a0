/** Small helpers shared by command files (not a command: the name starts with "_"). */
import type { Context } from "../context.ts";
import { OscError } from "../errors.ts";

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
    if (eq < 0) throw new OscError(`Expected 'key=value' type, but got: ${e}`);
    if (eq === 0) throw new OscError(`Property key must be specified: ${e}`);
    return [e.slice(0, eq), e.slice(eq + 1)];
  });
}

/** The keys a MultiKeyValueAction option accepts: all required ones must be given. */
export interface MultiKeySpec {
  readonly required?: readonly string[];
  readonly optional?: readonly string[];
}

/**
 * osc_lib's MultiKeyValueAction: one entry "k1=v1,k2=v2" (split at each ","
 * and the first "=" of each part; a repeated key keeps its first place and
 * its last value), then the key checks. Python lists the valid keys in set
 * order, which changes from run to run; here they come in declared order.
 * Like keyValuePairs, its errors escape argparse (exit 1, no usage line).
 * Python's key errors take two lines; errors here are one line, so the two
 * are joined by a space (the list of valid keys is what the user needs).
 */
export function multiKeyValue(entry: string, spec: MultiKeySpec = {}): Record<string, string> {
  const pairs: [string, string][] = [];
  for (const kv of entry.split(",")) {
    const eq = kv.indexOf("=");
    if (eq < 0) throw new OscError(`Expected comma separated 'key=value' pairs, but got: ${kv}`);
    if (eq === 0) throw new OscError(`Each property key must be specified: ${kv}`);
    pairs.push([kv.slice(0, eq), kv.slice(eq + 1)]);
  }
  // fromEntries makes own properties: a key "__proto__" is data, not a prototype
  const params: Record<string, string> = Object.fromEntries(pairs);
  checkKeys(Object.keys(params), spec);
  return params;
}

/** MultiKeyValueAction.validate_keys (no declared keys: anything goes). */
export function checkKeys(keys: readonly string[], spec: MultiKeySpec): void {
  const required = spec.required ?? [];
  const valid = [...required, ...(spec.optional ?? [])];
  if (!valid.length) return;
  const invalid = keys.filter((k) => !valid.includes(k));
  if (invalid.length) {
    throw new OscError(
      `Invalid keys ${invalid.join(", ")} specified. Valid keys are: ${valid.join(", ")}`,
    );
  }
  const missing = required.filter((k) => !keys.includes(k));
  if (missing.length) {
    throw new OscError(
      `Missing required keys ${missing.join(", ")}. Required keys are: ${required.join(", ")}`,
    );
  }
}

/**
 * python's int() of a str: ASCII digits (single underscores between them),
 * an optional sign, whitespace around; undefined where python raises ValueError.
 */
export function parsePyInt(s: string): number | undefined {
  const t = s.trim();
  if (!/^[+-]?\d+(_\d+)*$/.test(t)) return undefined;
  return Number.parseInt(t.replaceAll("_", ""), 10);
}

/** Python's == on JSON values (dicts compare without key order). */
export function samePy(a: unknown, b: unknown): boolean {
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length &&
    ka.every((k) => k in b && samePy((a as never)[k], (b as never)[k]));
}
