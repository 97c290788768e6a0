/**
 * argv → (command, global options, command flags, positionals), with the
 * python client's rules: global options anywhere (argparse parse_known_args),
 * command words are the leading non-option words, command words may be
 * abbreviated when unambiguous (cliff), long options may be abbreviated when
 * unambiguous (argparse allow_abbrev). Pure: no I/O.
 */
import type { FlagMeta, PositionalSpec } from "./flags.ts";
import { globalFlags, type GlobalOptions } from "./global_options.ts";
import type { RegistryEntry } from "./registry_types.ts";
import { UsageError } from "./errors.ts";
import { outputFlagsFor } from "../output/flags.ts";

export type FlagValueMap = Record<string, string | number | boolean | string[] | undefined>;

export type Parsed =
  | { kind: "help"; global: GlobalOptions; entry?: RegistryEntry }
  | { kind: "version"; global: GlobalOptions }
  | { kind: "no-command"; global: GlobalOptions }
  | { kind: "unknown"; global: GlobalOptions; words: string[] }
  | {
    kind: "command";
    global: GlobalOptions;
    entry: RegistryEntry;
    flags: FlagValueMap;
    positionals: Record<string, string | string[] | undefined>;
  };

const NEGATIVE_NUMBER = /^-\d+$|^-\d*\.\d+$/;

function takesValue(f: FlagMeta): boolean {
  return f.kind === "string" || f.kind === "integer" || f.kind === "list";
}

function displayName(f: FlagMeta): string {
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
    if (f.long === name || f.aliases?.includes(name)) return f;
  }
  if (!allowAbbrev) return undefined;
  const hits = new Map<string, FlagMeta>();
  for (const f of flags) {
    for (const n of [f.long, ...(f.aliases ?? [])]) {
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
    return Number.parseInt(raw, 10);
  }
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
  const groups = new Map<string, FlagMeta>();
  const seen = (f: FlagMeta) => {
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
    } else if (tok.startsWith("-") && tok.length > 1 && !NEGATIVE_NUMBER.test(tok)) {
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
        (next.startsWith("-") && next.length > 1 && !NEGATIVE_NUMBER.test(next))
      ) {
        throw new UsageError(`argument ${displayName(f)}: expected one argument`, prog);
      }
      raw = next;
      i++;
    }
    store(values, f, convert(f, raw, prog));
  }
  return { values, rest };
}

/** cliff's command lookup: longest run of words naming a command, words may be unique prefixes. */
export function findCommand(
  words: readonly string[],
  registry: readonly RegistryEntry[],
): { entry: RegistryEntry; used: number } | undefined {
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

function assignPositionals(
  specs: readonly PositionalSpec[],
  given: string[],
  prog: string,
): Record<string, string | string[] | undefined> {
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
  if (missing.length) {
    throw new UsageError(`the following arguments are required: ${missing.join(", ")}`, prog);
  }
  if (i < given.length) {
    throw new UsageError(`unrecognized arguments: ${given.slice(i).join(" ")}`, prog);
  }
  return out;
}

export function parseArgv(argv: readonly string[], registry: readonly RegistryEntry[]): Parsed {
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
    return found
      ? { kind: "help", global, entry: found.entry }
      : { kind: "unknown", global, words };
  }
  if (words.length === 0) {
    if (global.help) return { kind: "help", global };
    if (tail.length) {
      throw new UsageError(`unrecognized arguments: ${tail.join(" ")}`, "openstack");
    }
    return { kind: "no-command", global };
  }
  const found = findCommand(words, registry);
  if (!found) return { kind: "unknown", global, words: [...words, ...tail, ...after] };
  const { entry } = found;
  if (global.help) return { kind: "help", global, entry };

  const prog = `openstack ${entry.id}`;
  const flags = [...entry.flags, ...outputFlagsFor(entry.output)];
  const c = scan([...words.slice(found.used), ...tail], flags, prog, true);
  const unknown = c.rest.filter((t) =>
    t.startsWith("-") && t.length > 1 && !NEGATIVE_NUMBER.test(t)
  );
  const positional = c.rest.filter((t) => !unknown.includes(t));
  if (unknown.length) {
    throw new UsageError(`unrecognized arguments: ${unknown.join(" ")}`, prog);
  }
  const values: FlagValueMap = {};
  for (const f of flags) {
    const dest = f.dest ?? f.name;
    if (dest in values) continue;
    if (f.kind === "boolean") values[dest] = false;
    else if (f.kind === "list") values[dest] = f.default ? [...(f.default as string[])] : [];
    else values[dest] = f.default as string | number | undefined;
  }
  Object.assign(values, c.values);
  return {
    kind: "command",
    global,
    entry,
    flags: values,
    positionals: assignPositionals(entry.positionals, [...positional, ...after], prog),
  };
}
