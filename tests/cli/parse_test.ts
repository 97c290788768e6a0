import { deepStrictEqual, ok, strictEqual, throws } from "node:assert";
import { findCommand, parseArgv } from "../../src/cli/parse.ts";
import { UsageError } from "../../src/cli/errors.ts";
import type { RegistryEntry } from "../../src/cli/registry_types.ts";
import { defineCommand } from "../../src/cli/command.ts";
import { flag, toMeta } from "../../src/cli/flags.ts";

const def = defineCommand({
  summary: "List things",
  output: "list",
  flags: {
    long: flag.boolean({ help: "more" }),
    name: flag.string({ help: "name" }),
    limit: flag.integer({ help: "limit" }),
    noNameLookup: flag.boolean({ short: "n", help: "skip" }),
    tag: flag.list({ help: "tags" }),
    status: flag.string({ help: "status", choices: ["ACTIVE", "ERROR"] }),
  },
  run: () => Promise.resolve(),
});

function entry(id: string, extra: Partial<RegistryEntry> = {}): RegistryEntry {
  return {
    id,
    summary: def.summary,
    output: def.output,
    flags: toMeta(def.flags),
    positionals: [],
    load: () => Promise.resolve({ default: def as never }),
    ...extra,
  };
}

const registry: RegistryEntry[] = [
  entry("server list"),
  entry("server show", {
    output: "show",
    flags: [],
    positionals: [{ name: "server", metavar: "<server>", help: "Server" }],
  }),
  entry("service list"),
  entry("floating ip list"),
];

function command(argv: string[]) {
  const p = parseArgv(argv, registry);
  if (p.kind !== "command") throw new Error(`expected a command, got ${p.kind}`);
  return p;
}

Deno.test("global options anywhere, command flags in any form", () => {
  const p = command([
    "--os-cloud",
    "admin",
    "server",
    "list",
    "--long",
    "--name=web",
    "--limit",
    "5",
    "--debug",
    "-c",
    "ID",
    "-cName",
    "-f",
    "json",
  ]);
  strictEqual(p.entry.id, "server list");
  strictEqual(p.global.osCloud, "admin");
  strictEqual(p.global.debug, true);
  strictEqual(p.flags.long, true);
  strictEqual(p.flags.name, "web");
  strictEqual(p.flags.limit, 5);
  deepStrictEqual(p.flags.column, ["ID", "Name"]);
  strictEqual(p.flags.format, "json");
});

Deno.test("defaults: booleans false, lists empty, formatter defaults", () => {
  const p = command(["server", "list"]);
  strictEqual(p.flags.long, false);
  deepStrictEqual(p.flags.tag, []);
  strictEqual(p.flags.format, "table");
  strictEqual(p.flags.quote, "nonnumeric");
  strictEqual(p.flags.limit, undefined);
});

Deno.test("repeated list flag appends; negative number is a value", () => {
  const p = command(["server", "list", "--tag", "a", "--tag", "b", "--limit", "-1"]);
  deepStrictEqual(p.flags.tag, ["a", "b"]);
  strictEqual(p.flags.limit, -1);
});

Deno.test("unique long prefix is accepted, ambiguous is a usage error", () => {
  strictEqual(command(["server", "list", "--lon"]).flags.long, true);
  throws(() => parseArgv(["server", "list", "--sort"], registry), (e: Error) => {
    ok(e instanceof UsageError);
    strictEqual(
      e.message,
      "openstack server list: error: ambiguous option: --sort could match --sort-column, --sort-ascending, --sort-descending",
    );
    return true;
  });
});

Deno.test("command words may be unique prefixes (cliff)", () => {
  strictEqual(command(["serve", "li"]).entry.id, "server list");
  strictEqual(parseArgv(["serv", "li"], registry).kind, "unknown"); // server list / service list
  strictEqual(command(["fl", "ip", "l"]).entry.id, "floating ip list");
  strictEqual(parseArgv(["s", "list"], registry).kind, "unknown"); // server/service
});

Deno.test("usage errors use argparse's wording and exit code 2", () => {
  const cases: [string[], string][] = [
    [["server", "list", "--bogus"], "unrecognized arguments: --bogus"],
    [["server", "list", "--limit", "x"], "argument --limit: invalid int value: 'x'"],
    [["server", "list", "--limit"], "argument --limit: expected one argument"],
    [
      ["server", "list", "-f", "xml"],
      "argument -f/--format: invalid choice: 'xml' (choose from 'csv', 'json', 'table', 'value', 'yaml')",
    ],
    [["server", "show"], "the following arguments are required: <server>"],
    [["server", "show", "a", "b"], "unrecognized arguments: b"],
    [["server", "list", "--long=yes"], "argument --long: ignored explicit argument 'yes'"],
  ];
  for (const [argv, msg] of cases) {
    throws(() => parseArgv(argv, registry), (e: Error) => {
      ok(e instanceof UsageError, argv.join(" "));
      strictEqual(e.message, `openstack ${argv[0]} ${argv[1]}: error: ${msg}`);
      strictEqual((e as UsageError).exitCode, 2);
      return true;
    });
  }
  throws(
    () => parseArgv(["--os-cloud"], registry),
    /openstack: error: argument --os-cloud: expected one argument/,
  );
});

Deno.test("positionals, and -- ends options", () => {
  const p = command(["server", "show", "--", "-weird-name"]);
  strictEqual(p.positionals.server, "-weird-name");
  strictEqual(command(["server", "show", "web-1"]).positionals.server, "web-1");
});

Deno.test("help, version, unknown, no command", () => {
  strictEqual(parseArgv(["--version"], registry).kind, "version");
  strictEqual(parseArgv(["--help"], registry).kind, "help");
  const h = parseArgv(["help", "server", "list"], registry);
  ok(h.kind === "help" && h.entry?.id === "server list");
  const h2 = parseArgv(["server", "list", "-h"], registry);
  ok(h2.kind === "help" && h2.entry?.id === "server list");
  const u = parseArgv(["sever", "list", "--long"], registry);
  ok(u.kind === "unknown");
  deepStrictEqual(u.words, ["sever", "list", "--long"]);
  strictEqual(parseArgv([], registry).kind, "no-command");
});

Deno.test("findCommand prefers the longest exact id", () => {
  strictEqual(findCommand(["server", "list", "extra"], registry)?.entry.id, "server list");
  strictEqual(findCommand(["nothing"], registry), undefined);
});

Deno.test("verbose counts, store-false options share a destination", () => {
  const p = command([
    "-v",
    "-v",
    "--insecure",
    "server",
    "list",
    "--sort-ascending",
  ]);
  strictEqual(p.global.verbose, 2);
  strictEqual(p.global.insecure, true);
  strictEqual(p.flags.sortDescending, false);
  strictEqual(command(["server", "list", "--sort-descending"]).flags.sortDescending, true);
  strictEqual(command(["--verify", "server", "list"]).global.insecure, false);
});

Deno.test("exclusive groups: argparse's message, in command-line order, before any network", () => {
  const grouped: RegistryEntry[] = [
    entry("network create", {
      output: "show",
      flags: toMeta({
        share: flag.boolean({ group: "share", help: "share" }),
        noShare: flag.boolean({ group: "share", help: "no share" }),
        tag: flag.list({ group: "tag", help: "tag" }),
        noTag: flag.boolean({ group: "tag", help: "no tag" }),
        noNameLookup: flag.boolean({ short: "n", group: "lookup", help: "skip" }),
        oneByOne: flag.boolean({ long: "name-lookup-one-by-one", group: "lookup", help: "1" }),
      }),
      positionals: [{ name: "name", metavar: "<name>", help: "Name" }],
    }),
  ];
  // python-openstackclient 6.0 printed these for the same command lines
  const cases: [string[], string][] = [
    [["--share", "--no-share"], "argument --no-share: not allowed with argument --share"],
    [["--no-share", "--share"], "argument --share: not allowed with argument --no-share"],
    [["--tag", "a", "--no-tag"], "argument --no-tag: not allowed with argument --tag"],
    [
      ["-n", "--name-lookup-one-by-one"],
      "argument --name-lookup-one-by-one: not allowed with argument -n/--no-name-lookup",
    ],
    [
      ["--name-lookup-one-by-one", "-n"],
      "argument -n/--no-name-lookup: not allowed with argument --name-lookup-one-by-one",
    ],
  ];
  for (const [flags, msg] of cases) {
    throws(() => parseArgv(["network", "create", "x", ...flags], grouped), (e: Error) => {
      strictEqual(e.message, `openstack network create: error: ${msg}`, flags.join(" "));
      return true;
    });
  }
  // one flag twice, or one flag of each group, is fine
  const p = parseArgv(
    ["network", "create", "x", "--share", "--share", "--tag", "a", "--tag", "b"],
    grouped,
  );
  strictEqual(p.kind, "command");
});
