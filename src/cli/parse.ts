/**
 * argv → (command, global options, command flags, positionals), with the
 * python client's rules: global options anywhere (argparse parse_known_args),
 * command words are the leading non-option words, command words may be
 * abbreviated when unambiguous (cliff), long options may be abbreviated when
 * unambiguous (argparse allow_abbrev). Pure: no I/O.
 *
 * Two steps, because a command's flags come with its module: parseArgv finds
 * the command and the global options from the registry's ids alone;
 * parseCommandArgs reads the command's own argv with its loaded definition.
 */
import type { CommandDef } from "./command.ts";
import { type FlagMeta, type PositionalSpec, toMeta } from "./flags.ts";
import { globalFlags, type GlobalOptions } from "./global_options.ts";
import type { RegistryEntry } from "./registry_types.ts";
import { UsageError } from "./errors.ts";
import { OscError } from "../errors.ts";
import { outputFlagsFor } from "../output/flags.ts";

export type FlagValueMap = Record<string, string | number | boolean | string[] | undefined>;

/**
 * What the command line asks for, known before any command module is loaded.
 * "help" names the command found (`entry`), the words that name none
 * (`words`: `help <group>`, `<group> --help`), or neither (the app's help).
 */
export type Dispatch =
  | { kind: "help"; global: GlobalOptions; entry?: RegistryEntry; words?: string[] }
  | { kind: "version"; global: GlobalOptions }
  | { kind: "no-command"; global: GlobalOptions }
  | { kind: "unknown"; global: GlobalOptions; words: string[] }
  | {
    kind: "command";
    global: GlobalOptions;
    entry: RegistryEntry;
    /** The command's own argv: words after its id, then options, in order; global ones removed. */
    args: string[];
    /** What followed "--": positionals only. */
    after: string[];
  };

/** What step two reads of a command definition. */
export type CommandSpec = Pick<CommandDef, "flags" | "positionals" | "output">;

export interface ParsedCommand {
  flags: FlagValueMap;
  positionals: Record<string, string | string[] | undefined>;
}

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

/**
 * An option-like word: "-x", "--x", but a negative number only when the command has an option
 * spelled like one (argparse's _has_negative_number_optionals: server ssh's -4 and -6).
 */
function optionLike(tok: string, flags: readonly FlagMeta[]): boolean {
  if (!tok.startsWith("-") || tok.length < 2) return false;
  return !NEGATIVE_NUMBER.test(tok) || flags.some((f) => f.short && /^\d$/.test(f.short));
}

function takesValue(f: FlagMeta): boolean {
  return f.kind === "string" || f.kind === "integer" || f.kind === "float" || f.kind === "list";
}

function displayName(f: FlagMeta): string {
  if (f.shortOnly) return `-${f.short}`;
  if (f.short && f.longFirst) return `--${f.long}/-${f.short}`;
  return f.short ? `-${f.short}/--${f.long}` : `--${f.long}`;
}

/** Exact long name, else a unique prefix (argparse allow_abbrev). */
function findLong(
  name: string,
  flags: readonly FlagMeta[],
  prog: string,
  allowAbbrev: boolean,
): FlagMeta | undefined {
  for (const f of flags) {
    if ((!f.shortOnly && f.long === name) || f.aliases?.includes(name)) return f;
  }
  if (!allowAbbrev) return undefined;
  const hits = new Map<string, FlagMeta>();
  for (const f of flags) {
    for (const n of [...(f.shortOnly ? [] : [f.long]), ...(f.aliases ?? [])]) {
      if (n.startsWith(name)) hits.set(`--${n}`, f);
    }
  }
  if (hits.size > 1) {
    throw new UsageError(
      `ambiguous option: --${name} could match ${[...hits.keys()].join(", ")}`,
      prog,
    );
  }
  return hits.values().next().value;
}

function convert(f: FlagMeta, raw: string, prog: string): string | number {
  if (f.kind === "integer") {
    if (!/^\s*[-+]?\d+\s*$/.test(raw)) {
      throw new UsageError(`argument ${displayName(f)}: invalid int value: '${raw}'`, prog);
    }
    const n = Number.parseInt(raw, 10);
    // argparse compares the converted value and shows the choices' repr: 4, 6
    if (f.choices && !f.choices.includes(String(n))) {
      throw new UsageError(
        `argument ${displayName(f)}: invalid choice: ${n} (choose from ${f.choices.join(", ")})`,
        prog,
      );
    }
    // raised from the action, so argparse does not turn it into a usage error
    if (f.nonNegative && n < 0) throw new OscError(`--${f.long} expected a non-negative integer`);
    return n;
  }
  if (f.kind === "float") {
    // python's float(): decimal or exponent notation, inf, nan; no hex, no empty string
    const t = raw.trim().replaceAll(/(?<=\d)_(?=\d)/g, "");
    if (!/^[-+]?((\d+\.?\d*|\.\d+)(e[-+]?\d+)?|inf(inity)?|nan)$/i.test(t)) {
      throw new UsageError(`argument ${displayName(f)}: invalid float value: '${raw}'`, prog);
    }
    const sign = t.startsWith("-") ? -1 : 1;
    return /inf/i.test(t) ? sign * Infinity : /nan/i.test(t) ? NaN : Number(t);
  }
  if (f.lower) raw = raw.toLowerCase();
  if (f.convert) raw = f.convert(raw);
  if (f.choices && !f.choices.includes(raw)) {
    const list = f.choices.map((c) => `'${c}'`).join(", ");
    throw new UsageError(
      `argument ${displayName(f)}: invalid choice: '${raw}' (choose from ${list})`,
      prog,
    );
  }
  return raw;
}

function store(values: FlagValueMap, f: FlagMeta, value: string | number | undefined): void {
  const dest = f.dest ?? f.name;
  switch (f.kind) {
    case "boolean":
      values[dest] = f.value ?? true;
      break;
    case "count":
      values[dest] = ((values[dest] as number | undefined) ?? 0) + 1;
      break;
    case "list": {
      const prev = values[dest];
      const entry = f.tagged ? `--${f.long}=${value}` : String(value);
      values[dest] = [...(Array.isArray(prev) ? prev : []), entry];
      break;
    }
    default:
      values[dest] = value;
  }
}

interface Scan {
  values: FlagValueMap;
  rest: string[];
  /** The flags that were on the command line. */
  given: Set<FlagMeta>;
}

/**
 * Reads the options in `flags` out of `tokens`; tokens that are not among
 * them are returned in order in `rest` (unknown options included, so the
 * caller decides whether they are an error).
 */
function scan(
  tokens: readonly string[],
  flags: readonly FlagMeta[],
  prog: string,
  allowAbbrev: boolean,
): Scan {
  const values: FlagValueMap = {};
  const rest: string[] = [];
  const given = new Set<FlagMeta>();
  const groups = new Map<string, FlagMeta>();
  const seen = (f: FlagMeta) => {
    given.add(f);
    if (!f.group) return;
    const first = groups.get(f.group);
    if (first && first !== f) {
      throw new UsageError(
        `argument ${displayName(f)}: not allowed with argument ${displayName(first)}`,
        prog,
      );
    }
    groups.set(f.group, f);
  };
  const shorts = new Map<string, FlagMeta>();
  for (const f of flags) if (f.short) shorts.set(f.short, f);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok === "--") {
      rest.push(...tokens.slice(i));
      break;
    }
    let f: FlagMeta | undefined;
    let inline: string | undefined;
    if (tok.startsWith("--") && tok.length > 2) {
      const eq = tok.indexOf("=");
      const name = eq < 0 ? tok.slice(2) : tok.slice(2, eq);
      if (eq >= 0) inline = tok.slice(eq + 1);
      f = findLong(name, flags, prog, allowAbbrev);
    } else if (optionLike(tok, flags)) {
      f = shorts.get(tok[1]);
      if (f && tok.length > 2) {
        if (takesValue(f)) inline = tok.slice(2).replace(/^=/, "");
        else {
          // -nv: a cluster of boolean shorts; only take it when every letter is ours
          const letters = [...tok.slice(1)].map((c) => shorts.get(c));
          if (letters.every((l) => l && !takesValue(l))) {
            for (const l of letters) {
              seen(l!);
              store(values, l!, undefined);
            }
            continue;
          }
          f = undefined;
        }
      }
    }
    if (!f) {
      rest.push(tok);
      continue;
    }
    seen(f);
    if (!takesValue(f)) {
      if (inline !== undefined) {
        throw new UsageError(
          `argument ${displayName(f)}: ignored explicit argument '${inline}'`,
          prog,
        );
      }
      store(values, f, undefined);
      continue;
    }
    let raw = inline;
    if (raw === undefined) {
      const next = tokens[i + 1];
      if (
        next === undefined || next === "--" ||
        optionLike(next, flags)
      ) {
        throw new UsageError(`argument ${displayName(f)}: expected one argument`, prog);
      }
      raw = next;
      i++;
    }
    store(values, f, convert(f, raw, prog));
  }
  return { values, rest, given };
}

/** cliff's command lookup: longest run of words naming a command, words may be unique prefixes. */
export function findCommand<E extends { readonly id: string }>(
  words: readonly string[],
  registry: readonly E[],
): { entry: E; used: number } | undefined {
  for (let n = words.length; n > 0; n--) {
    const name = words.slice(0, n).join(" ");
    const exact = registry.find((e) => e.id === name);
    if (exact) return { entry: exact, used: n };
    const partial = registry.filter((e) => {
      const parts = e.id.split(" ");
      return parts.length === n && parts.every((p, i) => p.startsWith(words[i]));
    });
    if (partial.length === 1) return { entry: partial[0], used: n };
  }
  return undefined;
}

/** Positional values in order; what is missing, and how many of `given` were used. */
function assignPositionals(
  specs: readonly PositionalSpec[],
  given: string[],
): {
  values: Record<string, string | string[] | undefined>;
  missing: string[];
  used: number;
} {
  const out: Record<string, string | string[] | undefined> = {};
  const missing: string[] = [];
  let i = 0;
  specs.forEach((p, idx) => {
    const arity = p.arity ?? "one";
    // leave one value for each later required positional
    const later = specs.slice(idx + 1).filter((q) =>
      (q.arity ?? "one") === "one" ||
      q.arity === "many"
    ).length;
    if (arity === "many" || arity === "any") {
      const take = Math.max(0, given.length - i - later);
      if (arity === "many" && take === 0) missing.push(p.metavar);
      out[p.name] = given.slice(i, i + take);
      i += take;
    } else if (i < given.length - (arity === "optional" ? later : 0)) {
      out[p.name] = given[i++];
    } else if (arity === "one") {
      missing.push(p.metavar);
    }
  });
  return { values: out, missing, used: i };
}

/** argparse checks a positional's choices as it consumes it, before what is missing. */
function checkPositionalChoices(
  specs: readonly PositionalSpec[],
  values: Record<string, string | string[] | undefined>,
  prog: string,
): void {
  for (const p of specs) {
    const v = values[p.name];
    if (!p.choices || v === undefined) continue;
    for (const one of Array.isArray(v) ? v : [v]) {
      if (p.choices.includes(one)) continue;
      const list = p.choices.map((c) => `'${c}'`).join(", ");
      throw new UsageError(
        `argument ${p.metavar}: invalid choice: '${one}' (choose from ${list})`,
        prog,
      );
    }
  }
}

/**
 * argparse's checks after parsing, in its order: required arguments
 * (positionals, then required options, then positionals declared after
 * them), required exclusive groups, then
 * whatever was not recognized, in command-line order.
 */
function checkComplete(
  flags: readonly FlagMeta[],
  given: Set<FlagMeta>,
  missingPositionals: readonly string[],
  late: ReadonlySet<string>,
  unrecognized: readonly string[],
  prog: string,
): void {
  const missing = [
    ...missingPositionals.filter((m) => !late.has(m)),
    ...flags.filter((f) => f.required && !given.has(f)).map(displayName),
    ...missingPositionals.filter((m) => late.has(m)),
  ];
  if (missing.length) {
    throw new UsageError(`the following arguments are required: ${missing.join(", ")}`, prog);
  }
  const required = new Set(flags.filter((f) => f.groupRequired).map((f) => f.group));
  for (const group of required) {
    const members = flags.filter((f) => f.group === group);
    if (members.some((f) => given.has(f))) continue;
    const names = members.filter((f) => !f.hidden).map(displayName).join(" ");
    throw new UsageError(`one of the arguments ${names} is required`, prog);
  }
  if (unrecognized.length) {
    throw new UsageError(`unrecognized arguments: ${unrecognized.join(" ")}`, prog);
  }
}

/**
 * Step one, before any command module is loaded: global options (wherever
 * they stand) and what the command words ask for. The command's own argv is
 * handed on untouched, for parseCommandArgs once its module is loaded.
 */
export function parseArgv(argv: readonly string[], registry: readonly RegistryEntry[]): Dispatch {
  const dash = argv.indexOf("--");
  const before = dash < 0 ? argv : argv.slice(0, dash);
  const after = dash < 0 ? [] : argv.slice(dash + 1);

  // Global options first, wherever they stand. No abbreviations here: in the
  // python client an abbreviated global option would often be ambiguous with
  // a command's own (--n... / --long), and scripts spell them out.
  const g = scan(before, globalFlags, "openstack", false);
  const global = g.values as GlobalOptions;
  let words: string[] = [];
  let i = 0;
  while (i < g.rest.length && !g.rest[i].startsWith("-")) words.push(g.rest[i++]);
  const tail = g.rest.slice(i);

  if (global.version) return { kind: "version", global };
  if (words[0] === "help") {
    words = words.slice(1);
    if (words.length === 0) return { kind: "help", global };
    const found = findCommand(words, registry);
    return found ? { kind: "help", global, entry: found.entry } : { kind: "help", global, words };
  }
  if (words.length === 0) {
    if (global.help) return { kind: "help", global };
    if (tail.length) {
      throw new UsageError(`unrecognized arguments: ${tail.join(" ")}`, "openstack");
    }
    return { kind: "no-command", global };
  }
  const found = findCommand(words, registry);
  if (!found) {
    // python turns "<words> --help" into "help <words>"
    if (global.help) return { kind: "help", global, words };
    return { kind: "unknown", global, words: [...words, ...tail, ...after] };
  }
  const { entry } = found;
  if (global.help) return { kind: "help", global, entry };
  return { kind: "command", global, entry, args: [...words.slice(found.used), ...tail], after };
}

/** Step two: the command's own options and positionals, read with its loaded definition. */
export function parseCommandArgs(
  id: string,
  def: CommandSpec,
  args: readonly string[],
  after: readonly string[] = [],
): ParsedCommand {
  const prog = `openstack ${id}`;
  const flags = commandFlags(def);
  const c = scan(args, flags, prog, true);
  // what is left, in command-line order; after "--" nothing is an option
  const left = [
    ...c.rest.map((t) => ({
      t,
      option: optionLike(t, flags),
    })),
    ...after.map((t) => ({ t, option: false })),
  ];
  const pos = assignPositionals(
    def.positionals ?? [],
    left.filter((l) => !l.option).map((l) => l.t),
  );
  checkPositionalChoices(def.positionals ?? [], pos.values, prog);
  let n = 0;
  const unrecognized = left.filter((l) => l.option || n++ >= pos.used).map((l) => l.t);
  const late = new Set(
    (def.positionals ?? []).filter((p) => p.afterOptions).map((p) => p.metavar),
  );
  checkComplete(flags, c.given, pos.missing, late, unrecognized, prog);
  const values: FlagValueMap = {};
  for (const f of flags) {
    const dest = f.dest ?? f.name;
    if (dest in values) continue;
    if (f.kind === "boolean") values[dest] = f.triState ? undefined : false;
    else if (f.kind === "list") values[dest] = f.default ? [...(f.default as string[])] : [];
    else values[dest] = f.default as string | number | undefined;
  }
  Object.assign(values, c.values);
  return {
    flags: values,
    positionals: pos.values,
  };
}

/** A command's own flags, then the formatter options its output kind brings. */
export function commandFlags(def: CommandSpec): FlagMeta[] {
  return [...toMeta(def.flags), ...outputFlagsFor(def.output)];
}
