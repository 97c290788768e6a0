/**
 * --help text: the app's from the registry alone (no command module is
 * imported), a command's from its loaded definition.
 */
import type { CommandDef } from "./command.ts";
import { type FlagMeta, spellings, toMeta } from "./flags.ts";
import { globalFlags } from "./global_options.ts";
import type { RegistryEntry } from "./registry_types.ts";
import { outputFlagsFor } from "../output/flags.ts";

const HELP_COLUMN = 24;

function wrap(text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function invocation(f: FlagMeta): string {
  const arg = f.kind === "string" || f.kind === "integer" || f.kind === "float" || f.kind === "list"
    ? ` ${f.metavar ?? f.long.toUpperCase().replaceAll("-", "_")}`
    : "";
  const names = spellings(f).filter((n) => !f.aliases?.includes(n.slice(2)));
  return names.map((n) => n + arg).join(", ");
}

function usageToken(f: FlagMeta): string {
  // argparse drops an empty metavar from the usage line ("[--block-device]")
  const arg =
    (f.kind === "string" || f.kind === "integer" || f.kind === "float" || f.kind === "list") &&
      f.metavar !== ""
      ? ` ${f.metavar ?? f.long.toUpperCase().replaceAll("-", "_")}`
      : "";
  return `[${f.short ? `-${f.short}` : `--${f.long}`}${arg}]`;
}

function optionLines(flags: readonly FlagMeta[], width: number): string[] {
  const out: string[] = [];
  for (const f of flags) {
    if (f.hidden) continue;
    const head = `  ${invocation(f)}`;
    const help = wrap(f.help, width, HELP_COLUMN);
    if (head.length <= HELP_COLUMN - 2 && help.length) {
      out.push(head.padEnd(HELP_COLUMN) + help[0]);
      for (const l of help.slice(1)) out.push(" ".repeat(HELP_COLUMN) + l);
    } else {
      out.push(head);
      for (const l of help) out.push(" ".repeat(HELP_COLUMN) + l);
    }
  }
  return out;
}

/** Usage tokens; adjacent flags of one exclusive group share a bracket: [--a | --b]. */
function usageTokens(flags: readonly FlagMeta[]): string[] {
  const out: string[] = [];
  let group: string | undefined;
  for (const f of flags.filter((f) => !f.hidden)) {
    const t = usageToken(f);
    if (f.group && f.group === group) {
      out[out.length - 1] = `${out.at(-1)!.slice(0, -1)} | ${t.slice(1)}`;
    } else out.push(t);
    group = f.group;
  }
  return out;
}

function usageLines(prefix: string, tokens: string[], width: number): string[] {
  const lines: string[] = [];
  let line = prefix;
  const pad = " ".repeat(prefix.length + 1);
  for (const t of tokens) {
    if (line.length + 1 + t.length > width && line.trim() !== prefix.trim()) {
      lines.push(line);
      line = pad + t;
    } else line += ` ${t}`;
  }
  lines.push(line);
  return lines;
}

/**
 * argparse's usage block: one line when it fits; else the options wrapped
 * under the program name, and the positionals starting a line of their own.
 */
function argparseUsage(prog: string, opts: string[], positionals: string[], width: number) {
  const one = `usage: ${[prog, ...opts, ...positionals].join(" ")}`;
  if (one.length <= width) return [one];
  const lines = usageLines(`usage: ${prog}`, opts, width);
  if (positionals.length) {
    const pad = " ".repeat(`usage: ${prog}`.length);
    lines.push(...usageLines(pad, positionals, width));
  }
  return lines;
}

const HELP_FLAG: FlagMeta = {
  kind: "boolean",
  name: "help",
  long: "help",
  short: "h",
  help: "show this help message and exit",
};

/** `columns`: the terminal's; argparse formats to two fewer. */
export function commandHelp(
  id: string,
  def: Pick<CommandDef, "summary" | "description" | "flags" | "positionals" | "output">,
  columns = 80,
): string {
  const width = columns - 2;
  const own = toMeta(def.flags);
  const specs = def.positionals ?? [];
  const flags = [HELP_FLAG, ...outputFlagsFor(def.output), ...own];
  const positionals = specs.map((p) =>
    p.arity === "optional"
      ? `[${p.metavar}]`
      : p.arity === "many"
      ? `${p.metavar} [${p.metavar} ...]`
      : p.arity === "any"
      ? `[${p.metavar} ...]`
      : p.metavar
  );
  const out = argparseUsage(`openstack ${id}`, usageTokens(flags), positionals, width);
  out.push("", ...(def.description ?? def.summary).split("\n"));
  if (specs.length) {
    out.push("", "positional arguments:");
    for (const p of specs) {
      const help = wrap(p.help, width, HELP_COLUMN);
      const head = `  ${p.metavar}`;
      if (head.length <= HELP_COLUMN - 2) out.push(head.padEnd(HELP_COLUMN) + (help[0] ?? ""));
      else out.push(head, " ".repeat(HELP_COLUMN) + (help[0] ?? ""));
      for (const l of help.slice(1)) out.push(" ".repeat(HELP_COLUMN) + l);
    }
  }
  out.push("", "options:", ...optionLines([HELP_FLAG, ...own], width));
  const formatter = outputFlagsFor(def.output);
  if (formatter.length) out.push("", "output formatters:", ...optionLines(formatter, width));
  return out.join("\n") + "\n";
}

export function appHelp(registry: readonly RegistryEntry[], version: string, width = 80): string {
  const out = usageLines("usage: openstack", [
    ...globalFlags.filter((f) => !f.hidden).map(usageToken),
    "<command> [<args>]",
  ], width);
  out.push(
    "",
    `Command-line interface to the OpenStack APIs (fast single-binary client ${version})`,
    "",
    "options:",
    ...optionLines(globalFlags, width),
    "",
    "Commands:",
  );
  const idWidth = Math.max(...registry.map((e) => e.id.length), 10) + 2;
  for (const e of registry) out.push(`  ${e.id.padEnd(idWidth)}${e.summary}`);
  return out.join("\n") + "\n";
}
