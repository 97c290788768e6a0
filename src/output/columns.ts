/** `-c/--column` selection as cliff does it: original order, unknown names ignored. */
import { OutputError } from "./errors.ts";
import { pyReprString } from "./pyrepr.ts";

function reprSequence(items: readonly string[], tuple: boolean): string {
  const inner = items.map(pyReprString).join(", ");
  if (!tuple) return `[${inner}]`;
  return items.length === 1 ? `(${inner},)` : `(${inner})`;
}

/**
 * Indexes of the columns to keep, or null for all of them.
 * `tuple`: whether the command's column names are a python tuple (most are),
 * which shows in the error message.
 */
export function selectColumns(
  names: readonly string[],
  wanted: readonly string[],
  tuple: boolean,
): number[] | null {
  if (wanted.length === 0) return null;
  const keep: number[] = [];
  names.forEach((name, i) => {
    if (wanted.includes(name)) keep.push(i);
  });
  if (keep.length === 0) {
    throw new OutputError(
      `No recognized column names in ${reprSequence(wanted, false)}. ` +
        `Recognized columns are ${reprSequence(names, tuple)}.`,
    );
  }
  return keep;
}

export function pick<T>(items: readonly T[], keep: readonly number[] | null): readonly T[] {
  return keep === null ? items : keep.map((i) => items[i]);
}
