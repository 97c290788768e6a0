/** Flag schema shared by command definitions, the registry and the parser. */

export type FlagKind = "boolean" | "string" | "integer" | "list" | "count";

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
  /** For boolean flags that store false ("--no-x"). */
  readonly value?: boolean;
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
  readonly hidden?: boolean;
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
  /** Repeatable option: every occurrence appends. */
  list(o: Omit<FlagSpec, "kind">): FlagSpec<"list"> {
    return { kind: "list", ...o };
  },
};

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
  [K in keyof F]: F[K] extends FlagSpec<"boolean"> ? boolean
    : F[K] extends FlagSpec<"integer" | "count"> ? number | undefined
    : F[K] extends FlagSpec<"list"> ? string[]
    : string | undefined;
};
