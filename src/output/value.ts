/** The value formatter: machine-readable values through python's str(). */
import { pyStr } from "./pyrepr.ts";
import type { Cell } from "./types.ts";

// pyStr gives a pre-formatted cell's machine-readable value, as cliff does here.
export function valueList(rows: readonly (readonly Cell[])[]): string {
  let out = "";
  for (const row of rows) out += row.map(pyStr).join(" ") + "\n";
  return out;
}

export function valueShow(values: readonly Cell[]): string {
  let out = "";
  for (const v of values) out += pyStr(v) + "\n";
  return out;
}
