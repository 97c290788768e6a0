/**
 * Versions of what this program is made of, in python's shape (common.module ListModule: one
 * field per module, sorted). python lists the loaded python client libraries (novaclient,
 * openstack, …); this program has none: it shows itself and its runtime, and with --all the
 * runtime's parts and the one library it bundles.
 */
import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import type { Cell } from "../../output/types.ts";
import { VERSION } from "../../version.ts";

/** The bundled npm packages, as deno.json's imports pin them (a unit test keeps them equal). */
export const BUNDLED: Readonly<Record<string, string>> = { "js-yaml": "4.1.0" };

export function moduleVersions(all: boolean): Record<string, string> {
  const mods: Record<string, string> = { "openstack-deno": VERSION, deno: Deno.version.deno };
  if (all) {
    Object.assign(mods, { v8: Deno.version.v8, typescript: Deno.version.typescript }, BUNDLED);
  }
  return mods;
}

export default defineCommand({
  summary: "Show the versions of this program and what it is built on",
  output: "show",
  flags: { all: flag.boolean({ help: "The runtime's parts and bundled libraries too" }) },
  run({ flags: f }) {
    const mods = moduleVersions(f.all);
    const fields = Object.keys(mods).sort();
    return Promise.resolve({ kind: "show", fields, values: fields.map((k): Cell => mods[k]) });
  },
});
