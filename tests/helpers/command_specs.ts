/**
 * Every registered command's option interface, as the tests that cover all commands
 * (fuzz_argv_test.ts, fault_matrix_test.ts) read it: from the loaded command module, the one
 * place its flags are sure to be. `specOf` is the only code that knows how a module describes
 * its flags; when that changes, only it changes.
 */
import { registry } from "../../src/registry.gen.ts";
import type { RegistryEntry } from "../../src/cli/registry_types.ts";
import { type FlagMeta, type PositionalSpec, toMeta } from "../../src/cli/flags.ts";
import { globalFlags } from "../../src/cli/global_options.ts";
import { outputFlagsFor } from "../../src/output/flags.ts";

export interface CommandSpec {
  readonly id: string;
  /** The command's own flags. */
  readonly flags: readonly FlagMeta[];
  /** The formatter options it takes (-f, -c, …), by its output kind. */
  readonly outputFlags: readonly FlagMeta[];
  readonly positionals: readonly PositionalSpec[];
}

/** The adapter: a registry entry → its loaded module's interface. */
export async function specOf(entry: RegistryEntry): Promise<CommandSpec> {
  const def = (await entry.load()).default;
  return {
    id: entry.id,
    flags: toMeta(def.flags),
    outputFlags: outputFlagsFor(def.output),
    positionals: def.positionals ?? [],
  };
}

/** Every registered command, in registry order. */
export async function allSpecs(): Promise<CommandSpec[]> {
  return await Promise.all(registry.map(specOf));
}

export { globalFlags };

/** The names the seeded clouds (the real test cloud and tests/fake_cloud) have. */
const SEEDED: Record<string, string> = {
  server: "server-1",
  flavor: "m1.tiny",
  image: "cirros-0.6.2-x86_64-disk",
  network: "private",
  volume: "volume-1",
  project: "admin",
  user: "admin",
  domain: "Default",
};

/**
 * A value for a positional that names something: the seeded resource of that kind when there is
 * one (`<server>` → server-1), else a made-up name (what a create command makes).
 */
export function seededName(p: PositionalSpec): string {
  // a positional with choices (endpoint create's <interface>) takes one of them
  if (p.choices?.length) return p.choices[0];
  const kind = p.metavar.replace(/[<>]/g, "").replace(/-/g, "_");
  return SEEDED[kind] ?? SEEDED[p.name] ?? `e2e-made-${kind || p.name}`;
}

/** The smallest argv the parser accepts for `spec`: its words and its required positionals. */
export function minimalArgv(spec: CommandSpec): string[] {
  const argv = spec.id.split(" ");
  for (const p of spec.positionals) {
    if (p.arity === "optional" || p.arity === "any") continue;
    argv.push(seededName(p));
  }
  return argv;
}
