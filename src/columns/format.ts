/**
 * The python client's column formatters (osc_lib format_columns): one text
 * for people, the raw structure for json/yaml.
 */
import { type Formatted, formatted, PyFloat } from "../output/types.ts";
import { pyStr } from "../output/pyrepr.ts";

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
    if (typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof PyFloat)) {
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

// A null value: python's formatters give None, which prints as "None".

/** ListColumn: sorted, joined with ", "; the list itself for machines. */
export function listColumn(values: readonly unknown[] | null | undefined): Formatted {
  return formatted(values ? formatList(values) : "None", values ?? null);
}

/** DictColumn: key='value' pairs; the dict (or {}) for machines. */
export function dictColumn(data: Record<string, unknown> | null | undefined): Formatted {
  return formatted(data ? formatDict(data) : "None", data ?? {});
}

/** DictListColumn: "net1=a, b; net2=c"; the dict (or {}) for machines. */
export function dictListColumn(
  data: Record<string, readonly unknown[] | null> | null | undefined,
): Formatted {
  return formatted(data ? formatDictOfList(data) : "None", data ?? {});
}

/** format_list_of_dicts: one key='value' line per dict. */
export function formatListOfDicts(data: readonly Record<string, unknown>[]): string {
  return data.map((d) => formatDict(d)).join("\n");
}

/** ListDictColumn: a key='value' line per dict; the list itself for machines. */
export function listDictColumn(
  data: readonly Record<string, unknown>[] | null | undefined,
): Formatted {
  return formatted(data ? formatListOfDicts(data) : "None", data ?? null);
}

/** A column shown one way and read another: "UP" for people, true for programs. */
export function boolColumn(value: unknown, yes: string, no: string): Formatted {
  return formatted(value ? yes : no, value);
}
