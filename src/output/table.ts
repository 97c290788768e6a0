/**
 * The table formatter: cliff's TableFormatter on top of prettytable's default
 * style (borders, padding 1, a rule under the header, top alignment).
 */
import { OutputError } from "./errors.ts";
import { pyStr } from "./pyrepr.ts";
import { fill } from "./textwrap.ts";
import { type Cell, isFormatted, PyFloat } from "./types.ts";
import { strWidth } from "./wcwidth.ts";

type Align = "l" | "c" | "r";

interface Table {
  readonly fields: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align: readonly Align[];
  readonly maxWidth: (number | undefined)[];
  readonly printEmpty: boolean;
}

export interface TableOptions {
  readonly maxWidth: number;
  readonly fitWidth: boolean;
  readonly printEmpty: boolean;
}

const floorDiv = (a: number, b: number): number => Math.floor(a / b);
const pyMod2 = (a: number): number => ((a % 2) + 2) % 2;
const spaces = (n: number): string => (n > 0 ? " ".repeat(n) : "");

function cellText(v: Cell): string {
  const x = isFormatted(v) ? v.human : v;
  if (typeof x === "string") {
    return x.includes("\r") ? x.replace(/\r\n/g, "\n").replace(/\r/g, " ") : x;
  }
  return pyStr(x);
}

function blockWidth(text: string): number {
  if (!text.includes("\n")) return strWidth(text);
  let w = -Infinity;
  for (const line of text.split("\n")) w = Math.max(w, strWidth(line));
  return w;
}

function justify(text: string, width: number, align: Align): string {
  const excess = width - strWidth(text);
  if (align === "l") return text + spaces(excess);
  if (align === "r") return spaces(excess) + text;
  const half = floorDiv(excess, 2);
  if (pyMod2(excess)) {
    return pyMod2(strWidth(text))
      ? spaces(half) + text + spaces(half + 1)
      : spaces(half + 1) + text + spaces(half);
  }
  return spaces(half) + text + spaces(half);
}

/** `s[:n]` on code points. */
function headSlice(s: string, n: number): string {
  const cps = Array.from(s);
  return cps.slice(0, n < 0 ? Math.max(0, cps.length + n) : n).join("");
}

function getString(t: Table): string {
  if (t.rows.length === 0 && !t.printEmpty) return "";
  const n = t.fields.length;
  const widths = t.fields.map(blockWidth);
  for (const row of t.rows) {
    for (let i = 0; i < n; i++) {
      const w = blockWidth(row[i]);
      const max = t.maxWidth[i];
      widths[i] = Math.max(widths[i], max === undefined ? w : Math.min(w, max));
    }
  }
  const hrule = "+" + widths.map((w) => "-".repeat(Math.max(0, w + 2))).join("+") + "+";
  let header = n === 0 ? "||" : "|";
  for (let i = 0; i < n; i++) {
    let name = t.fields[i];
    if (strWidth(name) > widths[i]) name = headSlice(name, widths[i]);
    header += " " + justify(name, widths[i], t.align[i]) + " |";
  }
  const lines = [hrule, header, hrule];
  for (const row of t.rows) {
    const cells: string[][] = [];
    let height = 0;
    for (let i = 0; i < n; i++) {
      const cellLines = row[i].split("\n").flatMap((line) =>
        strWidth(line) > widths[i] ? fill(line, widths[i]).split("\n") : [line]
      );
      cells.push(cellLines);
      height = Math.max(height, cellLines.length);
    }
    const out: string[] = [];
    for (let y = 0; y < height; y++) {
      let line = "|";
      for (let i = 0; i < n; i++) {
        line += " " + justify(cells[i][y] ?? "", widths[i], t.align[i]) + " |";
      }
      out.push(line);
    }
    lines.push(out.join("\n"));
  }
  lines.push(hrule);
  return lines.join("\n");
}

/** cliff's _assign_max_widths: shrink the widest columns to fit the width. */
function assignMaxWidths(
  t: Table,
  opts: TableOptions,
  minWidth: number,
  terminalWidth: number | undefined,
): void {
  let termWidth: number;
  if (opts.maxWidth > 0) termWidth = opts.maxWidth;
  else if (!opts.fitWidth || !terminalWidth) return;
  else termWidth = terminalWidth;
  const text = getString(t);
  if (text === "") return;
  const firstLine = text.slice(0, text.indexOf("\n"));
  if (firstLine.length <= termWidth) return;
  const n = t.fields.length;
  const usable = Math.max(0, termWidth - 1 - 3 * n);
  const optimal = n === 0 ? 0 : Math.max(0, floorDiv(usable, n));
  const fieldWidths = firstLine.split("+").slice(1, -1).map((s) => Math.max(0, s.length - 2));
  const shrink: number[] = [];
  let remaining = usable;
  for (let i = 0; i < n; i++) {
    if (fieldWidths[i] <= optimal) remaining -= fieldWidths[i];
    else shrink.push(i);
  }
  if (shrink.length === 0) throw new OutputError("integer division or modulo by zero");
  const shrinkTo = floorDiv(remaining, shrink.length);
  for (const i of shrink.slice(0, -1)) {
    t.maxWidth[i] = Math.max(minWidth, shrinkTo);
    remaining -= shrinkTo;
  }
  t.maxWidth[shrink[shrink.length - 1]] = Math.max(minWidth, remaining);
}

function render(t: Table, opts: TableOptions, minWidth: number, tw: number | undefined): string {
  if (new Set(t.fields).size !== t.fields.length) {
    throw new OutputError("Field names must be unique");
  }
  assignMaxWidths(t, opts, minWidth, tw);
  try {
    return getString(t) + "\n";
  } catch (e) {
    // textwrap refuses a width below 1 (a column whose header is a control character).
    throw new OutputError((e as Error).message);
  }
}

export function tableList(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  opts: TableOptions,
  terminalWidth?: number,
): string {
  let align: Align[] = columns.map(() => "c");
  if (rows.length > 0) {
    // Alignment comes from the python types in the first row: numbers right.
    const byName = new Map<string, Align>();
    columns.forEach((name, i) => {
      if (i >= rows[0].length) return;
      const v = rows[0][i];
      byName.set(
        name,
        typeof v === "number" || typeof v === "bigint" || v instanceof PyFloat ? "r" : "l",
      );
    });
    align = columns.map((name) => byName.get(name) ?? "c");
  }
  const table: Table = {
    fields: columns,
    rows: rows.map((row) => columns.map((_, i) => cellText(row[i]))),
    align,
    maxWidth: columns.map(() => undefined),
    printEmpty: opts.printEmpty,
  };
  return render(table, opts, 8, terminalWidth);
}

export function tableShow(
  fields: readonly string[],
  values: readonly Cell[],
  opts: TableOptions,
  terminalWidth?: number,
): string {
  const n = Math.min(fields.length, values.length);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) rows.push([cellText(fields[i]), cellText(values[i])]);
  const table: Table = {
    fields: ["Field", "Value"],
    rows,
    align: ["l", "l"],
    maxWidth: [undefined, undefined],
    printEmpty: false,
  };
  return render(table, opts, 16, terminalWidth);
}
