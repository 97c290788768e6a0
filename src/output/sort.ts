/**
 * `--sort-column` as cliff's Lister does it: one stable sort per column, last
 * named first, keyed on (value is None, value) with python's comparisons. A
 * column whose values python cannot order is skipped with a warning.
 */
import { OutputError } from "./errors.ts";
import { cmpCodePoints } from "./pyrepr.ts";
import { type Cell, isFormatted, PyFloat } from "./types.ts";

class Unorderable extends Error {}

const isNone = (v: unknown): boolean => v === null || v === undefined;

const unwrap = (v: unknown): unknown => (v instanceof PyFloat ? v.value : v);

/** Python's ints and bools compare as numbers (a bigint is an int beyond 2^53). */
const isNumeric = (t: string) => t === "number" || t === "boolean" || t === "bigint";
const numeric = (v: unknown): number | bigint => typeof v === "bigint" ? v : Number(v);

function pyEq(x: unknown, y: unknown): boolean {
  const [a, b] = [unwrap(x), unwrap(y)];
  if (isNone(a) || isNone(b)) return isNone(a) && isNone(b);
  if (isFormatted(a) || isFormatted(b)) {
    return isFormatted(a) && isFormatted(b) && pyEq(a.machine, b.machine);
  }
  const ta = typeof a;
  const tb = typeof b;
  if (isNumeric(ta) && isNumeric(tb)) return numeric(a) == numeric(b);
  if (ta === "string" || tb === "string") return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => pyEq(x, b[i]));
  }
  if (ta === "object" && tb === "object") {
    const ka = Object.keys(a as object);
    const ob = b as Record<string, unknown>;
    if (ka.length !== Object.keys(ob).length) return false;
    return ka.every((k) => k in ob && pyEq((a as Record<string, unknown>)[k], ob[k]));
  }
  return false;
}

/** Python's `a < b`; throws Unorderable where python raises TypeError. */
function pyLt(x: unknown, y: unknown): boolean {
  const [a, b] = [unwrap(x), unwrap(y)];
  if (isFormatted(a)) return isFormatted(b) && pyLt(a.machine, b.machine);
  const ta = typeof a;
  const tb = typeof b;
  if (isNumeric(ta) && isNumeric(tb)) return numeric(a) < numeric(b);
  if (ta === "string" && tb === "string") return cmpCodePoints(a as string, b as string) < 0;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!pyEq(a[i], b[i])) return pyLt(a[i], b[i]);
    }
    return a.length < b.length;
  }
  throw new Unorderable();
}

/** `(a is None, a) < (b is None, b)` */
function keyLt(a: unknown, b: unknown): boolean {
  const na = isNone(a);
  const nb = isNone(b);
  if (na !== nb) return nb;
  if (pyEq(a, b)) return false;
  return pyLt(a, b);
}

export function sortRows(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  sortColumns: readonly string[],
  descending: boolean,
  rowsAreList: boolean,
  warn?: (message: string) => void,
): readonly (readonly Cell[])[] {
  const indexes = sortColumns.filter((c) => columns.includes(c)).map((c) => columns.indexOf(c));
  let data = rows;
  let consumed = rowsAreList;
  for (const index of indexes.reverse()) {
    const cmp = (x: readonly Cell[], y: readonly Cell[]): number => {
      const [a, b] = descending ? [y[index], x[index]] : [x[index], y[index]];
      return keyLt(a, b) ? -1 : keyLt(b, a) ? 1 : 0;
    };
    try {
      data = [...data].sort(cmp);
      consumed = true;
    } catch (e) {
      if (!(e instanceof Unorderable)) throw e;
      // sorted() read the whole generator before failing: nothing is left.
      if (!consumed) data = [];
      consumed = true;
      // cliff names the field by the column's position in the sort list.
      if (index >= sortColumns.length) throw new OutputError("list index out of range");
      warn?.(`Could not sort on field '${sortColumns[index]}'; unsortable types`);
    }
  }
  return data;
}
