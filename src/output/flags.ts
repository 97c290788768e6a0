/** The formatter options cliff adds to every list and show command. */
import { flag, type FlagMeta, type FlagSpec, toMeta } from "../cli/flags.ts";
import type { OutputOptions } from "./types.ts";

// cliff's order, which its usage line shows: -f and -c, then each formatter's
// own options (csv, json, shell, table), then list sorting
const column = flag.list({
  short: "c",
  metavar: "COLUMN",
  help: "specify the column(s) to include, can be repeated to show multiple columns",
});
const noindent = flag.boolean({ help: "whether to disable indenting the JSON" });
const table = {
  maxWidth: flag.integer({
    metavar: "<integer>",
    help:
      "Maximum display width, <1 to disable. You can also use the CLIFF_MAX_TERM_WIDTH environment variable, but the parameter takes precedence.",
  }),
  fitWidth: flag.boolean({
    help:
      "Fit the table to the display width. Implied if --max-width greater than 0. Set the environment variable CLIFF_FIT_WIDTH=1 to always enable",
  }),
  printEmpty: flag.boolean({ help: "Print empty table if there is no data to show." }),
};

const listSpecs: Record<string, FlagSpec> = {
  format: flag.string({
    short: "f",
    metavar: "{csv,json,table,value,yaml}",
    choices: ["csv", "json", "table", "value", "yaml"],
    default: "table",
    help: "the output format, defaults to table",
  }),
  column,
  quote: flag.string({
    metavar: "{all,minimal,none,nonnumeric}",
    choices: ["all", "minimal", "none", "nonnumeric"],
    default: "nonnumeric",
    help: "when to include quotes, defaults to nonnumeric",
  }),
  noindent,
  ...table,
  sortColumn: flag.list({
    metavar: "SORT_COLUMN",
    help:
      "specify the column(s) to sort the data (columns specified first have a priority, non-existing columns are ignored), can be repeated",
  }),
  sortAscending: flag.boolean({
    group: "sort-direction",
    help: "sort the column(s) in ascending order",
    dest: "sortDescending",
    value: false,
  }),
  sortDescending: flag.boolean({
    group: "sort-direction",
    help: "sort the column(s) in descending order",
  }),
};

const showSpecs: Record<string, FlagSpec> = {
  format: flag.string({
    short: "f",
    metavar: "{json,shell,table,value,yaml}",
    choices: ["json", "shell", "table", "value", "yaml"],
    default: "table",
    help: "the output format, defaults to table",
  }),
  column,
  noindent,
  prefix: flag.string({
    metavar: "PREFIX",
    default: "",
    help: "add a prefix to all variable names",
  }),
  ...table,
};

export const listOutputFlags: readonly FlagMeta[] = toMeta(listSpecs);
export const showOutputFlags: readonly FlagMeta[] = toMeta(showSpecs);

export function outputFlagsFor(kind: "list" | "show" | undefined): readonly FlagMeta[] {
  return kind === "list" ? listOutputFlags : kind === "show" ? showOutputFlags : [];
}

/** Parsed flag values (by FlagMeta name) plus environment → OutputOptions. */
export function outputOptions(
  values: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
): OutputOptions {
  const envWidth = Number.parseInt(env.CLIFF_MAX_TERM_WIDTH ?? "0", 10);
  return {
    format: (values.format as string | undefined) ?? "table",
    columns: (values.column as string[] | undefined) ?? [],
    noindent: values.noindent === true,
    quote: ((values.quote as string | undefined) ?? "nonnumeric") as OutputOptions["quote"],
    maxWidth: (values.maxWidth as number | undefined) ?? (Number.isNaN(envWidth) ? 0 : envWidth),
    // cliff: bool(int(os.environ.get('CLIFF_FIT_WIDTH', 0)))
    fitWidth: values.fitWidth === true ||
      (Number.parseInt(env.CLIFF_FIT_WIDTH ?? "0", 10) || 0) !== 0,
    printEmpty: values.printEmpty === true,
    sortColumns: (values.sortColumn as string[] | undefined) ?? [],
    sortDirection: values.sortDescending === true ? "desc" : "asc",
    prefix: (values.prefix as string | undefined) ?? "",
  };
}
