/**
 * The python client's column formatters (osc_lib format_columns): one text
 * for people, the raw structure for json/yaml.
 */
import { type Formatted, formatted } from "../output/types.ts";

function pyStr(v: unknown): string {
  if (v === null || v === undefined) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  return String(v);
}

function sortedStrings(values: readonly unknown[]): string[] {
  return values.map(pyStr).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** format_list: sorted, joined with ", ". */
export function formatList(values: readonly unknown[]): string {
  return sortedStrings(values).join(", ");
}

/** format_dict: sorted keys, key='value', nested dicts flattened with dots. */
export function formatDict(data: Record<string, unknown>, prefix?: string): string {
  const parts: string[] = [];
  for (const k of Object.keys(data).sort()) {
    const key = prefix ? `${prefix}.${k}` : k;
    const v = data[k];
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      parts.push(formatDict(v as Record<string, unknown>, key));
    } else if (v !== null && v !== undefined) parts.push(`${key}='${pyStr(v)}'`);
    else parts.push(`${key}=`);
  }
  return parts.join(", ");
}

/** format_dict_of_list: "net1=a, b; net2=c". */
export function formatDictOfList(data: Record<string, readonly unknown[] | null>): string {
  return Object.keys(data).sort().filter((k) => data[k] !== null && data[k] !== undefined)
    .map((k) => `${k}=${formatList(data[k]!)}`).join("; ");
}

export function listColumn(values: readonly unknown[] | null | undefined): Formatted {
  return formatted(values ? formatList(values) : "", values ?? []);
}

export function dictColumn(data: Record<string, unknown> | null | undefined): Formatted {
  return formatted(data ? formatDict(data) : "", data ?? {});
}

export function dictListColumn(
  data: Record<string, readonly unknown[] | null> | null | undefined,
): Formatted {
  return formatted(data ? formatDictOfList(data) : "", data ?? {});
}
