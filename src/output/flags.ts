/** The formatter options cliff adds to every list and show command. */
import { flag, type FlagMeta, type FlagSpec, toMeta } from "../cli/flags.ts";
import type { OutputOptions } from "./types.ts";

// cliff's order, which its usage line shows: -f and -c, then each formatter's
// own options (csv, json, shell, table), then list sorting
const column = flag.list({
  short: "c",
  metavar: "COLUMN",
  help: "Column to show (repeatable)",
});
const noindent = flag.boolean({ help: "Do not indent JSON" });
const table = {
  maxWidth: flag.integer({
    metavar: "<integer>",
    help: "Table width limit, <1 for none (Env: CLIFF_MAX_TERM_WIDTH)",
  }),
  fitWidth: flag.boolean({
    help: "Shrink the table to the terminal width (implied by --max-width; Env: CLIFF_FIT_WIDTH=1)",
  }),
  printEmpty: flag.boolean({ help: "Print an empty table when there are no rows" }),
};

const listSpecs: Record<string, FlagSpec> = {
  format: flag.string({
    short: "f",
    metavar: "{csv,json,table,value,yaml}",
    choices: ["csv", "json", "table", "value", "yaml"],
    default: "table",
    help: "Output format (default: table)",
  }),
  column,
  quote: flag.string({
    metavar: "{all,minimal,none,nonnumeric}",
    choices: ["all", "minimal", "none", "nonnumeric"],
    default: "nonnumeric",
    help: "Which csv values to quote (default: nonnumeric)",
  }),
  noindent,
  ...table,
  sortColumn: flag.list({
    metavar: "SORT_COLUMN",
    help: "Column to sort by, first given first (repeatable; unknown ones ignored)",
  }),
  sortAscending: flag.boolean({
    group: "sort-direction",
    help: "Sort ascending (the default)",
    dest: "sortDescending",
    value: false,
  }),
  sortDescending: flag.boolean({
    group: "sort-direction",
    help: "Sort descending",
  }),
};

const showSpecs: Record<string, FlagSpec> = {
  format: flag.string({
    short: "f",
    metavar: "{json,shell,table,value,yaml}",
    choices: ["json", "shell", "table", "value", "yaml"],
    default: "table",
    help: "Output format (default: table)",
  }),
  column,
  noindent,
  // cliff hides it from help; scripts use it to pick variables by name
  variable: flag.list({
    metavar: "VARIABLE",
    hidden: true,
    help: "Variable to print in shell format (repeatable)",
  }),
  prefix: flag.string({
    metavar: "PREFIX",
    default: "",
    help: "Prefix for the variable names (shell format)",
  }),
  ...table,
};

export const listOutputFlags: readonly FlagMeta[] = toMeta(listSpecs);
export const showOutputFlags: readonly FlagMeta[] = toMeta(showSpecs);

export function outputFlagsFor(kind: "list" | "show" | undefined): readonly FlagMeta[] {
  return kind === "list" ? listOutputFlags : kind === "show" ? showOutputFlags : [];
}

/**
 * Parsed flag values (by FlagMeta name) plus environment → OutputOptions. `stdoutIsTerminal`:
 * tables fit the terminal's width, as newer cliff releases do (`_do_fit`: a TTY, or --fit-width);
 * never when piped, where --fit-width alone cannot know a width either.
 */
export function outputOptions(
  values: Record<string, unknown>,
  env: Readonly<Record<string, string | undefined>>,
  stdoutIsTerminal = false,
): OutputOptions {
  const envWidth = Number.parseInt(env.CLIFF_MAX_TERM_WIDTH ?? "0", 10);
  return {
    format: (values.format as string | undefined) ?? "table",
    columns: (values.column as string[] | undefined) ?? [],
    noindent: values.noindent === true,
    quote: ((values.quote as string | undefined) ?? "nonnumeric") as OutputOptions["quote"],
    maxWidth: (values.maxWidth as number | undefined) ?? (Number.isNaN(envWidth) ? 0 : envWidth),
    // cliff: bool(int(os.environ.get('CLIFF_FIT_WIDTH', 0)))
    fitWidth: stdoutIsTerminal || values.fitWidth === true ||
      (Number.parseInt(env.CLIFF_FIT_WIDTH ?? "0", 10) || 0) !== 0,
    printEmpty: values.printEmpty === true,
    sortColumns: (values.sortColumn as string[] | undefined) ?? [],
    sortDirection: values.sortDescending === true ? "desc" : "asc",
    prefix: (values.prefix as string | undefined) ?? "",
    variables: (values.variable as string[] | undefined) ?? [],
  };
}
