import type { CommandDef } from "./command.ts";
import type { FlagMeta, PositionalSpec } from "./flags.ts";

/** One generated registry entry: enough for parsing, help and completion without importing the command. */
export interface RegistryEntry {
  readonly id: string;
  readonly summary: string;
  readonly description?: string;
  readonly output?: "list" | "show";
  readonly flags: readonly FlagMeta[];
  readonly positionals: readonly PositionalSpec[];
  readonly load: () => Promise<{ default: CommandDef }>;
}
