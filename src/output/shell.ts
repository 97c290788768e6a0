/** The shell formatter (show only): `prefix` + `name="value"` lines. */
import { pyStr } from "./pyrepr.ts";
import { type Cell, isFormatted } from "./types.ts";

export function shellShow(fields: readonly string[], values: readonly Cell[], prefix: string) {
  let out = "";
  const n = Math.min(fields.length, values.length);
  for (let i = 0; i < n; i++) {
    const name = fields[i].toLowerCase().replaceAll(" ", "_").replaceAll(":", "_")
      .replaceAll("-", "_");
    const v = values[i];
    const text = isFormatted(v) || typeof v === "string"
      ? pyStr(v).replaceAll('"', '\\"')
      : pyStr(v);
    out += `${prefix}${name}="${text}"\n`;
  }
  return out;
}
