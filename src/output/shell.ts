/** The shell formatter (show only): `prefix` + `name="value"` lines. */
import { pyStr } from "./pyrepr.ts";
import { type Cell, isFormatted } from "./types.ts";

/**
 * `variables` (--variable, after -c has picked the fields) keeps only those
 * names; as cliff does, they are matched lowercased with spaces as "_" but
 * before ":" and "-" become "_" (so `--variable os-dcf:diskconfig`).
 */
export function shellShow(
  fields: readonly string[],
  values: readonly Cell[],
  prefix: string,
  variables: readonly string[] = [],
) {
  let out = "";
  const n = Math.min(fields.length, values.length);
  for (let i = 0; i < n; i++) {
    const raw = fields[i].toLowerCase().replaceAll(" ", "_");
    if (variables.length && !variables.includes(raw)) continue;
    const name = raw.replaceAll(":", "_").replaceAll("-", "_");
    const v = values[i];
    const text = isFormatted(v) || typeof v === "string"
      ? pyStr(v).replaceAll('"', '\\"')
      : pyStr(v);
    out += `${prefix}${name}="${text}"\n`;
  }
  return out;
}
