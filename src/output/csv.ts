/** python csv.writer as cliff configures it: lineterminator "\n", escapechar "\\". */
import { OutputError } from "./errors.ts";
import { pyStr } from "./pyrepr.ts";
import { type Cell, isFormatted, PyFloat } from "./types.ts";

export type QuoteMode = "all" | "minimal" | "none" | "nonnumeric";

const NEEDS_WORK = /[,\\"\n]/;

function field(v: Cell, quoting: QuoteMode): string {
  let text: string;
  let numeric = false;
  if (isFormatted(v)) text = pyStr(v.machine);
  else if (v === null || v === undefined) text = "";
  else if (
    typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" ||
    v instanceof PyFloat
  ) {
    numeric = true;
    text = pyStr(v);
  } else text = pyStr(v);
  let quoted = quoting === "all" || (quoting === "nonnumeric" && !numeric);
  if (!NEEDS_WORK.test(text)) return quoted ? `"${text}"` : text;
  let out = "";
  for (const ch of text) {
    if (ch === "," || ch === "\\" || ch === '"' || ch === "\n") {
      if (quoting === "none" || ch === "\\") out += "\\";
      else if (ch === '"') out += '"';
      if (quoting !== "none" && ch !== "\\") quoted = true;
    }
    out += ch;
  }
  return quoted ? `"${out}"` : out;
}

function row(cells: readonly Cell[], quoting: QuoteMode, written: string): string {
  if (cells.length === 1) {
    const only = field(cells[0], quoting);
    if (only !== "") return only + "\n";
    if (quoting === "none") {
      throw new OutputError("single empty field record must be quoted", written);
    }
    return '""\n';
  }
  return cells.map((c) => field(c, quoting)).join(",") + "\n";
}

export function csvList(
  columns: readonly string[],
  rows: readonly (readonly Cell[])[],
  quoting: QuoteMode,
): string {
  let out = row(columns, quoting, "");
  for (const r of rows) out += row(r, quoting, out);
  return out;
}
