/**
 * Turns a command's result into the exact bytes python-openstackclient (cliff
 * 4.0.0, prettytable 3.6.0) writes to stdout for the chosen formatter.
 */
import { pick, selectColumns } from "./columns.ts";
import { csvList } from "./csv.ts";
import { OutputError } from "./errors.ts";
import { encodeJson } from "./json.ts";
import { shellShow } from "./shell.ts";
import { sortRows } from "./sort.ts";
import { tableList, tableShow } from "./table.ts";
import { type Cell, type CommandResult, isFormatted, type OutputOptions } from "./types.ts";
import { valueList, valueShow } from "./value.ts";
import { dumpYaml } from "./yaml.ts";

export { OutputError };

const machine = (v: Cell): unknown => (isFormatted(v) ? v.machine : v);

/** A python dict {column: machine value}; repeated names keep the last value. */
function record(columns: readonly string[], row: readonly Cell[]): Map<string, unknown> {
  const m = new Map<string, unknown>();
  const n = Math.min(columns.length, row.length);
  for (let i = 0; i < n; i++) m.set(columns[i], machine(row[i]));
  return m;
}

function badFormat(format: string, choices: string): never {
  throw new OutputError(
    `argument -f/--format: invalid choice: '${format}' (choose from ${choices})`,
  );
}

/**
 * `terminalWidth`: columns of the terminal when stdout is one (used by
 * --fit-width), else undefined. `onWarning` receives what cliff logs as
 * warnings (an unsortable --sort-column).
 */
export function renderResult(
  result: CommandResult,
  opts: OutputOptions,
  terminalWidth?: number,
  onWarning?: (message: string) => void,
): string {
  const tuple = result.columnsAreList !== true;
  if (result.kind === "list") {
    let rows = result.rows;
    if (opts.sortColumns.length > 0) {
      rows = sortRows(
        result.columns,
        rows,
        opts.sortColumns,
        opts.sortDirection === "desc",
        result.rowsAreList === true,
        onWarning,
      );
    }
    const keep = selectColumns(result.columns, opts.columns, tuple);
    const columns = pick(result.columns, keep);
    if (keep !== null) rows = rows.map((r) => pick(r, keep));
    switch (opts.format) {
      case "table":
        return tableList(columns, rows, opts, terminalWidth);
      case "json":
        return encodeJson(rows.map((r) => record(columns, r)), opts.noindent ? null : 2) + "\n";
      case "yaml":
        return dumpYaml(rows.map((r) => record(columns, r)));
      case "csv":
        return csvList(columns, rows, opts.quote);
      case "value":
        return valueList(rows);
      default:
        return badFormat(opts.format, "'csv', 'json', 'table', 'value', 'yaml'");
    }
  }
  const keep = selectColumns(result.fields, opts.columns, tuple);
  const fields = pick(result.fields, keep);
  const values = pick(result.values, keep);
  switch (opts.format) {
    case "table":
      return tableShow(fields, values, opts, terminalWidth);
    case "json":
      return encodeJson(record(fields, values), opts.noindent ? null : 2) + "\n";
    case "yaml": {
      let out = "";
      const n = Math.min(fields.length, values.length);
      for (let i = 0; i < n; i++) out += dumpYaml(new Map([[fields[i], machine(values[i])]]));
      return out;
    }
    case "value":
      return valueShow(values);
    case "shell":
      return shellShow(fields, values, opts.prefix, opts.variables);
    default:
      return badFormat(opts.format, "'json', 'shell', 'table', 'value', 'yaml'");
  }
}
