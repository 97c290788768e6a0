/**
 * Attribute tables: one encoding, for every resource, of what the python
 * client does with openstacksdk attributes (`column_map`, `hidden_columns`,
 * `_formatters`) or with a client library's response dict. A table drives
 * list columns, `--long`, show fields, renames, hidden fields and formatters.
 */
import { sdkConvert, type SdkType } from "../api/sdk.ts";
import {
  boolColumn,
  dictColumn,
  dictListColumn,
  listColumn,
  listDictColumn,
} from "../columns/format.ts";
import type { Cell, ListResult, ShowResult } from "../output/types.ts";
import { cmpCodePoints } from "../output/pyrepr.ts";

/** How a value is shown: osc_lib's format_columns, or a function of the value. */
export type Format =
  | "list"
  | "dict"
  | "dictList"
  | "listOfDicts"
  | { readonly yes: string; readonly no: string }
  | ((value: unknown, item: Readonly<Record<string, unknown>>) => Cell);

export interface Attr {
  /** JSON key in the API body (default: the attribute's name). */
  readonly key?: string;
  /** openstacksdk's declared type: the conversion getattr() applies. */
  readonly type?: SdkType;
  /** The value when the key is absent from the body (openstacksdk's default; else null). */
  readonly default?: unknown;
  /** Field name in show output (column_map); false: hidden (hidden_columns). */
  readonly show?: string | false;
  /** Formatter in show output and, unless a column says otherwise, in lists. */
  readonly format?: Format;
  /** A value openstacksdk works out rather than reads (a flavor's id falls back to its name). */
  readonly compute?: (item: Readonly<Record<string, unknown>>) => unknown;
}

/** Attribute name → how it is read and shown, in openstacksdk's declaration order. */
export type AttrTable = Readonly<Record<string, Attr>>;

/** A list column: header, attribute, and its formatter when it differs from the table's. */
export type Column = readonly [header: string, attr: string, format?: Format | null];

/** getattr(resource, attr): the converted value, or the default when the key is absent. */
export function attrValue(
  table: AttrTable,
  item: Readonly<Record<string, unknown>>,
  attr: string,
): unknown {
  const a = table[attr];
  if (!a) return attr in item ? item[attr] : null;
  if (a.compute) return a.compute(item);
  const key = a.key ?? attr;
  return key in item ? sdkConvert(item[key], a.type) : a.default ?? null;
}

export function applyFormat(
  format: Format | null | undefined,
  value: unknown,
  item: Readonly<Record<string, unknown>>,
): Cell {
  if (!format) return value as Cell;
  if (typeof format === "function") return format(value, item);
  if (typeof format === "object") return boolColumn(value, format.yes, format.no);
  switch (format) {
    case "list":
      return listColumn(value as unknown[] | null);
    case "dict":
      return dictColumn(value as Record<string, unknown> | null);
    case "dictList":
      return dictListColumn(value as Record<string, unknown[]> | null);
    case "listOfDicts":
      return listDictColumn(value as Record<string, unknown>[] | null);
  }
}

/** One cell: the attribute's value through the column's formatter (or the table's). */
export function cellOf(
  table: AttrTable,
  item: Readonly<Record<string, unknown>>,
  attr: string,
  format?: Format | null,
): Cell {
  const f = format === undefined ? table[attr]?.format : format;
  return applyFormat(f, attrValue(table, item, attr), item);
}

export function listResult(
  table: AttrTable,
  items: readonly Readonly<Record<string, unknown>>[],
  columns: readonly Column[],
): ListResult {
  return {
    kind: "list",
    columns: columns.map(([h]) => h),
    rows: items.map((item) => columns.map(([, a, f]) => cellOf(table, item, a, f))),
  };
}

export interface ShowOptions {
  /** More attributes hidden for this command (keypair show hides public_key). */
  readonly hide?: readonly string[];
  /** Extra fields computed by the command, shown beside the table's. */
  readonly extra?: Readonly<Record<string, Cell>>;
}

/**
 * osc_lib's get_osc_show_columns_for_sdk_resource: every attribute of the
 * resource (present in the body or not), minus hidden ones, renamed, sorted
 * by the name shown.
 */
export function showResult(
  table: AttrTable,
  item: Readonly<Record<string, unknown>>,
  opts: ShowOptions = {},
): ShowResult {
  const pairs: [string, Cell][] = [];
  for (const [attr, a] of Object.entries(table)) {
    if (a.show === false || opts.hide?.includes(attr)) continue;
    pairs.push([a.show ?? attr, cellOf(table, item, attr)]);
  }
  for (const [name, cell] of Object.entries(opts.extra ?? {})) pairs.push([name, cell]);
  pairs.sort(([a], [b]) => cmpCodePoints(a, b));
  return { kind: "show", fields: pairs.map(([f]) => f), values: pairs.map(([, v]) => v) };
}

/**
 * A client library's show (keystoneclient, cinderclient): the keys of the
 * response itself, some dropped or renamed, sorted; formatters by key.
 */
export function bodyShowResult(
  item: Readonly<Record<string, unknown>>,
  opts: {
    drop?: readonly string[];
    rename?: Readonly<Record<string, string>>;
    format?: Readonly<Record<string, Format>>;
  } = {},
): ShowResult {
  const pairs: [string, Cell][] = [];
  for (const [key, value] of Object.entries(item)) {
    if (opts.drop?.includes(key)) continue;
    pairs.push([opts.rename?.[key] ?? key, applyFormat(opts.format?.[key], value, item)]);
  }
  pairs.sort(([a], [b]) => cmpCodePoints(a, b));
  return { kind: "show", fields: pairs.map(([f]) => f), values: pairs.map(([, v]) => v) };
}
