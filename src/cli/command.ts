/** What a command file default-exports. */
import type { Context } from "../context.ts";
import type { CommandResult, OutputOptions } from "../output/types.ts";
import type { FlagSpec, FlagValues, PositionalSpec } from "./flags.ts";

export interface CommandArgs<F extends Record<string, FlagSpec>> {
  flags: FlagValues<F>;
  positionals: Record<string, string | string[] | undefined>;
  /** Formatter options (-f, -c, ...) for list and show commands. */
  output?: OutputOptions;
}

export interface CommandDef<F extends Record<string, FlagSpec> = Record<string, FlagSpec>> {
  summary: string;
  description?: string;
  flags: F;
  positionals?: readonly PositionalSpec[];
  /** "list" and "show" bring the python client's formatter options (-f, -c, ...). */
  output?: "list" | "show";
  run(args: CommandArgs<F>, ctx: Context): Promise<CommandResult | void>;
}

export function defineCommand<F extends Record<string, FlagSpec>>(
  def: CommandDef<F>,
): CommandDef<F> {
  return def;
}
