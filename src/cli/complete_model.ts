/**
 * What shell completion knows, built from the registry: command words,
 * each command's options (with the python client's `-h --help` and
 * formatter options), which options take a value and what values fit.
 * Loading every command module is what `openstack complete` costs; the
 * shells then complete from the printed data without running us again,
 * except for `--os-cloud` names, which are read from clouds.yaml when asked.
 */
import type { FlagMeta } from "./flags.ts";
import { spellings, toMeta } from "./flags.ts";
import { globalFlags } from "./global_options.ts";
import type { RegistryEntry } from "./registry_types.ts";
import { outputFlagsFor } from "../output/flags.ts";

export interface OptionInfo {
  /** Option strings: the short one first, then the long one and its aliases. */
  names: string[];
  help: string;
  takesValue: boolean;
  choices?: readonly string[];
  /** A value without choices that can still be completed: a cloud name, a file path. */
  value?: "cloud" | "file";
}

export interface CommandInfo {
  id: string;
  summary: string;
  options: OptionInfo[];
}

export interface CompletionModel {
  /** The program name completed (`--name`). */
  name: string;
  commands: CommandInfo[];
  /** Options accepted anywhere on the command line. */
  globals: OptionInfo[];
}

const HELP: OptionInfo = {
  names: ["-h", "--help"],
  help: "Show help and exit",
  takesValue: false,
};

/** First sentence, short enough to stand beside a candidate. */
export function brief(text: string): string {
  const one = text.replace(/\s+/g, " ").trim().split(/(?<=[a-z)])\. /)[0].replace(/\.$/, "");
  return one.length > 80 ? one.slice(0, 77) + "..." : one;
}

function optionInfo(f: FlagMeta): OptionInfo {
  const takesValue = f.kind === "string" || f.kind === "integer" || f.kind === "list";
  const info: OptionInfo = {
    names: spellings(f),
    help: brief(f.help),
    takesValue,
  };
  if (!takesValue) return info;
  if (f.choices?.length) info.choices = f.choices;
  else if (f.long === "os-cloud") info.value = "cloud";
  else if (/file|^<user-data>$/i.test(f.metavar ?? "")) info.value = "file";
  return info;
}

export async function completionModel(
  registry: readonly RegistryEntry[],
  name: string,
): Promise<CompletionModel> {
  const commands = await Promise.all(registry.map(async (e): Promise<CommandInfo> => {
    const def = (await e.load()).default;
    const flags = [...outputFlagsFor(def.output), ...toMeta(def.flags)];
    return { id: e.id, summary: brief(e.summary), options: [HELP, ...flags.map(optionInfo)] };
  }));
  // cliff's help command: `help <command words>`
  commands.push({ id: "help", summary: "Show help of a command", options: [HELP] });
  commands.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { name, commands, globals: globalFlags.map(optionInfo) };
}

/** Command words that lead to commands: "" → top-level words, "server" → its next words. */
export function commandTree(model: CompletionModel): Map<string, Map<string, string>> {
  const tree = new Map<string, Map<string, string>>();
  for (const c of model.commands) {
    const words = c.id.split(" ");
    for (let i = 0; i < words.length; i++) {
      const parent = words.slice(0, i).join(" ");
      let children = tree.get(parent);
      if (!children) tree.set(parent, children = new Map());
      const leaf = i === words.length - 1;
      // a group is described by its word; a command by its summary
      if (!children.has(words[i]) || leaf) children.set(words[i], leaf ? c.summary : "");
    }
  }
  return tree;
}
