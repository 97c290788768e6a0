import type { CommandDef } from "./command.ts";

/**
 * One generated registry entry: what dispatch, `--version` and `openstack --help`
 * need, and no more, so start-up does not grow with what each command declares.
 * A command's flags, positionals, description and output kind come with its
 * module (the CommandDef that `load` resolves to).
 */
export interface RegistryEntry {
  readonly id: string;
  readonly summary: string;
  readonly load: () => Promise<{ default: CommandDef }>;
}
