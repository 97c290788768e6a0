/**
 * A bundle built like dist/openstack.js, but over a registry of 488 commands:
 * the python client's core command ids, each with a summary, a loader and a
 * module of its own (flags, positionals and a run() of today's median command
 * file size), so that start-up is measured with what the shipped bundle will
 * hold once every command exists: the registry that dispatch, `--version` and
 * `openstack --help` parse, and 488 lazily evaluated command modules beside it.
 * Variants take the modules' code, or the modules, away (SyntheticOptions).
 *
 * The entry point is main.ts itself, with its imports pointed at this
 * checkout and its registry at the synthetic one.
 */
import { registryText } from "../gen_registry.ts";
import { pythonCommandIds } from "../../src/cli/python_commands.gen.ts";

const ROOT = new URL("../../", import.meta.url);

/** The smallest command module. */
function tinyModule(summary: string): string {
  return `import { defineCommand } from ${JSON.stringify(new URL("src/cli/command.ts", ROOT).href)};

export default defineCommand({ summary: ${
    JSON.stringify(summary)
  }, flags: {}, run: () => Promise.resolve() });
`;
}

/** One command module: 2.3 KB, about the median size of a command file today. */
function commandModule(id: string, summary: string, i: number): string {
  const src = (p: string) => JSON.stringify(new URL(p, ROOT).href);
  const noun = id.split(" ").slice(0, -1).join(" ") || id;
  return `import { defineCommand } from ${src("src/cli/command.ts")};
import { flag } from ${src("src/cli/flags.ts")};

export default defineCommand({
  summary: ${JSON.stringify(summary)},
  description: ${JSON.stringify(`${summary}. Synthetic command ${i} of the start-up benchmark.`)},
  output: ${i % 2 ? '"list"' : '"show"'},
  flags: {
    long: flag.boolean({ help: "List additional fields in output" }),
    name: flag.string({ metavar: "<name>", help: "Filter by name (regular expression)" }),
    project: flag.string({ metavar: "<project>", help: "Owning project (name or ID)" }),
    projectDomain: flag.string({
      metavar: "<project-domain>",
      help: "Domain the project belongs to (name or ID), to tell projects of one name apart",
    }),
    limit: flag.integer({ metavar: "<limit>", help: "Maximum number of items to list" }),
    marker: flag.string({ metavar: "<marker>", help: "Last item of the previous page (ID)" }),
    property: flag.list({ metavar: "<key=value>", help: "Property to filter by (repeatable)" }),
    tag: flag.list({ metavar: "<tag>", help: "Only items with this tag (repeatable)" }),
  },
  positionals: [
    { name: "item", metavar: ${
    JSON.stringify(`<${noun.replaceAll(" ", "-")}>`)
  }, help: "Item (name or ID)", arity: "optional" },
  ],
  async run({ flags, positionals }, ctx) {
    const svc = await ctx.service(${JSON.stringify(noun)});
    const query: Record<string, string> = {};
    if (flags.name) query.name = flags.name;
    if (flags.limit !== undefined) query.limit = String(flags.limit);
    if (flags.marker) query.marker = flags.marker;
    if (flags.tag.length) query.tags = flags.tag.join(",");
    for (const p of flags.property) {
      const [k, v] = p.split("=", 2);
      query[\`property-\${k}\`] = v ?? "";
    }
    type Item = { id: string; name: string; status?: string; project_id?: string };
    const body = await svc.get<{ items: Item[] }>(${
    JSON.stringify(`/${noun.replaceAll(" ", "_")}s`)
  }, query);
    const items = body.items ?? [];
    const rows = items
      .filter((x) => !positionals.item || x.id === positionals.item || x.name === positionals.item)
      .map((x) => flags.long ? [x.id, x.name, x.status, x.project_id] : [x.id, x.name]);
    return {
      kind: "list",
      columns: flags.long ? ["ID", "Name", "Status", "Project"] : ["ID", "Name"],
      rows,
    };
  },
});
`;
}

export interface SyntheticBundle {
  /** The bundle, to run as dist/openstack.js is run. */
  path: string;
  bytes: number;
  commands: number;
  /** Bytes of the generated registry module. */
  registryBytes: number;
}

/**
 * How the synthetic commands are built. "plain": each command a module of
 * today's median size (what the shipped bundle will hold); "empty": each an
 * empty command (the cost of one module per command, without its code);
 * "none": every entry loads one shared empty module (the registry's own cost).
 * minify: the bundle built with --minify (scripts/build.ts does not).
 */
export interface SyntheticOptions {
  modules: "plain" | "empty" | "none";
  minify?: boolean;
}

/** Writes the synthetic tree under dir and bundles it with `deno bundle` (as scripts/build.ts does). */
export async function buildSyntheticBundle(
  dir: string,
  opts: SyntheticOptions = { modules: "plain" },
): Promise<SyntheticBundle> {
  await Deno.mkdir(`${dir}/commands`, { recursive: true });
  const entries = [];
  for (const [i, id] of pythonCommandIds.entries()) {
    // summaries of the length ours have (15–25 characters, a few longer)
    const summary = `${id[0].toUpperCase()}${id.slice(1)} (${i % 3 ? "one" : "one or more"})`;
    const file = `commands/c${String(opts.modules === "none" ? 0 : i).padStart(3, "0")}.ts`;
    if (opts.modules !== "none" || i === 0) {
      await Deno.writeTextFile(
        `${dir}/${file}`,
        opts.modules === "plain" ? commandModule(id, summary, i) : tinyModule(summary),
      );
    }
    entries.push({ id, summary, path: `./${file}` });
  }
  const registry = await registryText(
    entries,
    new URL("src/cli/registry_types.ts", ROOT).href,
  );
  await Deno.writeTextFile(`${dir}/registry.gen.ts`, registry);
  const main = (await Deno.readTextFile(new URL("main.ts", ROOT)))
    .replace('"./src/registry.gen.ts"', '"./registry.gen.ts"')
    .replaceAll(/"\.\/src\/([^"]+)"/g, (_, p) => JSON.stringify(new URL(`src/${p}`, ROOT).href));
  if (!main.includes('"./registry.gen.ts"')) {
    throw new Error("main.ts no longer imports its registry as expected");
  }
  await Deno.writeTextFile(`${dir}/main.ts`, main);
  const out = await new Deno.Command(Deno.execPath(), {
    args: [
      "bundle",
      "--quiet",
      "--config",
      new URL("deno.json", ROOT).pathname,
      ...(opts.minify ? ["--minify"] : []),
      `${dir}/main.ts`,
      "-o",
      `${dir}/openstack.js`,
    ],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!out.success) throw new Error(`deno bundle: ${new TextDecoder().decode(out.stderr)}`);
  return {
    path: `${dir}/openstack.js`,
    bytes: (await Deno.stat(`${dir}/openstack.js`)).size,
    commands: entries.length,
    registryBytes: new TextEncoder().encode(registry).length,
  };
}
