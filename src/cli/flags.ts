/** Flag schema shared by command definitions, the registry and the parser. */

export type FlagKind = "boolean" | "string" | "integer" | "float" | "list" | "count";

export interface FlagSpec<K extends FlagKind = FlagKind> {
  readonly kind: K;
  readonly help: string;
  /** Long option without dashes; defaults to the key in kebab-case. */
  readonly long?: string;
  /** Extra long spellings that set the same flag ("os-project-name" for "os-tenant-name"). */
  readonly aliases?: readonly string[];
  /** Single letter, without the dash. */
  readonly short?: string;
  readonly metavar?: string;
  readonly choices?: readonly string[];
  /** The value is lowercased before the choices check (python's type=str.lower). */
  readonly lower?: boolean;
  /** python's type= function for a string: applied before the choices check. */
  readonly convert?: (raw: string) => string;
  /** For boolean flags that store false ("--no-x"). */
  readonly value?: boolean;
  /**
   * A boolean that stays undefined when no flag of its dest is given (python's
   * store_true/store_false pair with default=None: --volumes / --no-volumes, the last wins).
   */
  readonly triState?: boolean;
  /** Several option strings may write to one destination (--sort-ascending/--sort-descending). */
  readonly dest?: string;
  readonly default?: string | number | boolean | readonly string[];
  /**
   * List flags sharing a `dest`: each entry is stored as "--<long>=<value>",
   * so one list keeps the order across options (--network, --port, --nic).
   */
  readonly tagged?: boolean;
  /**
   * argparse's mutually exclusive group: two different flags of one group on a
   * command line fail as "argument --b: not allowed with argument --a" (in
   * argv order), and --help shows them as [--a | --b].
   */
  readonly group?: string;
  /** One flag of this flag's group must be given ("one of the arguments --a --b is required"). */
  readonly groupRequired?: boolean;
  /** argparse's required=True: missing, it is named in "the following arguments are required". */
  readonly required?: boolean;
  readonly hidden?: boolean;
  /** python has the short spelling only (server ssh's -4, -6, -v): no --long is accepted. */
  readonly shortOnly?: boolean;
  /**
   * osc_lib's NonNegativeAction on an integer flag: a negative value stops the parse where it
   * stands (argv order, before any missing argument is noticed) with a plain error, exit 1.
   */
  readonly nonNegative?: boolean;
  /** python declares the long spelling first ("--port", "-p"): messages and help name it so. */
  readonly longFirst?: boolean;
}

/** Flag metadata as stored in the generated registry: everything the parser and help need. */
export interface FlagMeta extends FlagSpec {
  /** Key in the command's flags object (camelCase). */
  readonly name: string;
  readonly long: string;
}

export interface PositionalSpec {
  readonly name: string;
  readonly metavar: string;
  readonly help: string;
  /** "one" (default), "optional" (?) or "many" (+) or "any" (*). */
  readonly arity?: "one" | "optional" | "many" | "any";
  /**
   * Declared after the required options in python (port create's <name> after --network):
   * argparse names it after them in "the following arguments are required".
   */
  readonly afterOptions?: boolean;
  /** argparse's choices: any other value fails as "argument <metavar>: invalid choice: …". */
  readonly choices?: readonly string[];
}

export const flag = {
  boolean(o: Omit<FlagSpec, "kind">): FlagSpec<"boolean"> {
    return { kind: "boolean", ...o };
  },
  string(o: Omit<FlagSpec, "kind">): FlagSpec<"string"> {
    return { kind: "string", ...o };
  },
  integer(o: Omit<FlagSpec, "kind">): FlagSpec<"integer"> {
    return { kind: "integer", ...o };
  },
  /** python's type=float. */
  float(o: Omit<FlagSpec, "kind">): FlagSpec<"float"> {
    return { kind: "float", ...o };
  },
  /** A boolean that is undefined when not given (see FlagSpec.triState). */
  triState(o: Omit<FlagSpec, "kind" | "triState">): FlagSpec<"boolean"> & { triState: true } {
    return { kind: "boolean", ...o, triState: true };
  },
  /** Repeatable option: every occurrence appends. */
  list(o: Omit<FlagSpec, "kind">): FlagSpec<"list"> {
    return { kind: "list", ...o };
  },
};

/** Every spelling of a flag, short first: "-p", "--port", then the aliases. */
export function spellings(f: FlagMeta): string[] {
  const short = f.short ? [`-${f.short}`] : [];
  const long = f.shortOnly ? [] : [`--${f.long}`];
  const aliases = (f.aliases ?? []).map((a) => `--${a}`);
  return f.longFirst ? [...long, ...short, ...aliases] : [...short, ...long, ...aliases];
}

export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}

export function toMeta(flags: Readonly<Record<string, FlagSpec>>): FlagMeta[] {
  return Object.entries(flags).map(([name, spec]) => ({
    ...spec,
    name,
    long: spec.long ?? kebab(name),
  }));
}

/** Values a command sees for its flags. */
export type FlagValues<F extends Record<string, FlagSpec>> = {
  [K in keyof F]: F[K] extends { triState: true } ? boolean | undefined
    : F[K] extends FlagSpec<"boolean"> ? boolean
    : F[K] extends FlagSpec<"integer" | "float" | "count"> ? number | undefined
    : F[K] extends FlagSpec<"list"> ? string[]
    : string | undefined;
};
