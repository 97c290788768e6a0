/**
 * Records the command ids of the installed python-openstackclient (its core
 * entry-point groups, the ones it loads on a cloud with compute v2, identity
 * v3, image v2, network v2, object store v1 and volume v3) into
 * src/cli/python_commands.gen.ts (and each one's group into python_groups.gen.ts, for
 * `command list`). The CLI reads that list only for a command
 * line it does not know, to tell "not in this client yet" from "no such
 * command" and to rank "did you mean" over the same names cliff ranks.
 *
 *   deno run --allow-run --allow-read \
 *     --allow-write=src/cli/python_commands.gen.ts,src/cli/python_groups.gen.ts \
 *     scripts/gen_python_commands.ts
 */
const OUT = new URL("../src/cli/python_commands.gen.ts", import.meta.url);
const GROUPS_OUT = new URL("../src/cli/python_groups.gen.ts", import.meta.url);

export const GROUPS = [
  "openstack.cli",
  "openstack.common",
  "openstack.compute.v2",
  "openstack.identity.v3",
  "openstack.image.v2",
  "openstack.network.v2",
  "openstack.object_store.v1",
  "openstack.volume.v3",
];

// cliff turns "_" in an entry point's name into a space (convert_underscores=True).
const PY = `
import json, sys
from importlib.metadata import entry_points, version
eps = entry_points()
select = (lambda g: eps.select(group=g)) if hasattr(eps, "select") else (lambda g: eps.get(g, []))
ids = sorted({ep.name.replace("_", " ") for g in sys.argv[1:] for ep in select(g)})
groups = {ep.name.replace("_", " "): g for g in sys.argv[1:] for ep in select(g)}
print(json.dumps({"version": version("python-openstackclient"), "ids": ids, "groups": groups}))
`;

/** The python the client runs under: the interpreter named on /usr/bin/openstack's first line. */
async function interpreter(): Promise<string> {
  const head = await Deno.readTextFile("/usr/bin/openstack").catch(() => "");
  return /^#!\s*(\S+)/.exec(head)?.[1] ?? "/usr/bin/python3";
}

async function record(): Promise<
  { version: string; ids: string[]; groups: Record<string, string> }
> {
  const out = await new Deno.Command(await interpreter(), {
    args: ["-W", "ignore", "-c", PY, ...GROUPS],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) {
    throw new Error(`python3 failed: ${new TextDecoder().decode(out.stderr).trim()}`);
  }
  return JSON.parse(new TextDecoder().decode(out.stdout));
}

if (import.meta.main) {
  const { version, ids, groups } = await record();
  const text = [
    "// DO NOT EDIT. Recorded by scripts/gen_python_commands.ts from the installed",
    `// python-openstackclient ${version}, entry-point groups:`,
    ...GROUPS.map((g) => `//   ${g}`),
    "// Loaded only for a command line this client does not know (src/cli/unknown.ts).",
    "",
    "export const pythonCommandIds: readonly string[] = [",
    ...ids.map((id) => `  ${JSON.stringify(id)},`),
    "];",
    "",
  ].join("\n");
  await Deno.writeTextFile(OUT, text);
  console.log(`wrote src/cli/python_commands.gen.ts: ${ids.length} command ids`);
  const groupText = [
    "// DO NOT EDIT. Recorded by scripts/gen_python_commands.ts from the installed",
    `// python-openstackclient ${version}: the entry-point group of each command.`,
    "// Loaded only by `command list`, which groups the commands as python does.",
    "",
    "export const pythonCommandGroups: Readonly<Record<string, string>> = {",
    ...ids.map((id) => `  ${JSON.stringify(id)}: ${JSON.stringify(groups[id])},`),
    "};",
    "",
  ].join("\n");
  await Deno.writeTextFile(GROUPS_OUT, groupText);
  console.log(`wrote src/cli/python_groups.gen.ts: ${ids.length} command groups`);
}
