/**
 * Commands of the CLI itself (cliff adds `complete` to every application),
 * merged into the generated registry at dispatch. Only the entries are here:
 * a module is imported when its command runs.
 */
import type { RegistryEntry } from "./registry_types.ts";

/** The registry with the built-in commands at their sorted places. */
export function withBuiltins(registry: readonly RegistryEntry[]): readonly RegistryEntry[] {
  if (registry.some((e) => e.id === "complete")) return registry;
  const all = [...registry];
  const complete: RegistryEntry = {
    id: "complete",
    summary: "Print shell completion code (bash, zsh or fish)",
    load: () => import("./complete_command.ts").then((m) => ({ default: m.completeCommand(all) })),
  };
  const at = all.findIndex((e) => e.id > complete.id);
  all.splice(at < 0 ? all.length : at, 0, complete);
  return all;
}
