/**
 * Plain data passed from commands to the output layer.
 *
 * The python client renders some columns differently for people (table, value,
 * csv, shell) and for programs (json, yaml): a server's addresses are
 * "private=10.0.0.5" in a table but a dict in JSON. `Formatted` carries both.
 */
export interface Formatted {
  readonly kind: "formatted";
  readonly human: string;
  readonly machine: unknown;
}

/**
 * A python float. JSON numbers lose the difference between 1 and 1.0, which
 * python keeps (a flavor's rxtx_factor prints as 1.0): wrap the number to keep it.
 */
export class PyFloat {
  constructor(readonly value: number) {}
}

export type Cell =
  | string
  | number
  | PyFloat
  | boolean
  | null
  | undefined
  | Formatted
  | readonly unknown[]
  | { readonly [key: string]: unknown };

export interface ListResult {
  readonly kind: "list";
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Cell[])[];
  /** The python command's column names are a list, not a tuple (only shows in errors). */
  readonly columnsAreList?: boolean;
  /**
   * The python command returns its rows as a list rather than a generator. A
   * generator is used up by a failed --sort-column sort, leaving no rows.
   */
  readonly rowsAreList?: boolean;
}

export interface ShowResult {
  readonly kind: "show";
  readonly fields: readonly string[];
  readonly values: readonly Cell[];
  /** The python command's field names are a list, not a tuple (only shows in errors). */
  readonly columnsAreList?: boolean;
}

export type CommandResult = ListResult | ShowResult;

export function formatted(human: string, machine: unknown): Formatted {
  return { kind: "formatted", human, machine };
}

export function isFormatted(v: unknown): v is Formatted {
  return typeof v === "object" && v !== null && (v as Formatted).kind === "formatted" &&
    "human" in v;
}

/** Options shared by every formatter, parsed from the command line. */
export interface OutputOptions {
  format: string;
  columns: string[];
  noindent: boolean;
  quote: "all" | "minimal" | "none" | "nonnumeric";
  maxWidth: number;
  fitWidth: boolean;
  printEmpty: boolean;
  sortColumns: string[];
  sortDirection: "asc" | "desc";
  prefix: string;
  /** The shell formatter's --variable: only these variables (all when empty). */
  variables: string[];
}
