import { deepStrictEqual, ok, strictEqual, throws } from "node:assert";
import { findCommand, parseArgv, parseCommandArgs } from "../../src/cli/parse.ts";
import { UsageError } from "../../src/cli/errors.ts";
import { OscError } from "../../src/errors.ts";
import type { RegistryEntry } from "../../src/cli/registry_types.ts";
import { type CommandDef, defineCommand } from "../../src/cli/command.ts";
import { flag } from "../../src/cli/flags.ts";

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
    ipVersion: flag.integer({ metavar: "{4,6}", help: "version", choices: ["4", "6"] }),
  },
  run: () => Promise.resolve(),
});

type Def = Pick<CommandDef, "summary" | "flags" | "positionals" | "output">;

/** A registry as generated (ids, summaries, loaders) over definitions held here. */
function registryOf(defs: Record<string, Def>): RegistryEntry[] {
  return Object.entries(defs).map(([id, d]) => ({
    id,
    summary: d.summary,
    load: () => Promise.resolve({ default: { ...d, run: def.run } }),
  }));
}

const defs: Record<string, Def> = {
  "server list": def,
  "server show": {
    summary: "Show",
    output: "show",
    flags: {},
    positionals: [{ name: "server", metavar: "<server>", help: "Server" }],
  },
  "service list": def,
  "floating ip list": def,
};
const registry = registryOf(defs);

/** Both steps, as run() takes them: dispatch, then the command's own argv with its definition. */
function parse(argv: string[], reg = registry, table = defs) {
  const d = parseArgv(argv, reg);
  if (d.kind !== "command") return d;
  return { ...d, ...parseCommandArgs(d.entry.id, table[d.entry.id], d.args, d.after) };
}

function command(argv: string[]) {
  const p = parse(argv);
  if (p.kind !== "command") throw new Error(`expected a command, got ${p.kind}`);
  return p as ReturnType<typeof parseCommandArgs> & typeof p;
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
  throws(() => parse(["server", "list", "--sort"]), (e: Error) => {
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
    // an int option's choices: the converted value and the choices without quotes (python 3.11)
    [
      ["server", "list", "--ip-version", "05"],
      "argument --ip-version: invalid choice: 5 (choose from 4, 6)",
    ],
  ];
  for (const [argv, msg] of cases) {
    throws(() => parse(argv), (e: Error) => {
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

Deno.test("help for words naming no command: help <group> and <group> --help alike", () => {
  for (const argv of [["help", "server"], ["server", "--help"], ["--help", "server"]]) {
    const h = parseArgv(argv, registry);
    ok(h.kind === "help" && !h.entry, argv.join(" "));
    deepStrictEqual(h.words, ["server"], argv.join(" "));
  }
  const h = parseArgv(["help", "nosuch", "extra"], registry);
  ok(h.kind === "help");
  deepStrictEqual(h.words, ["nosuch", "extra"]);
});

Deno.test("step one reads no command flag; step two reads them with the definition", () => {
  const d = parseArgv(
    ["--os-cloud", "a", "server", "list", "--bogus", "--debug", "x", "--", "-y"],
    registry,
  );
  ok(d.kind === "command");
  strictEqual(d.entry.id, "server list");
  strictEqual(d.global.debug, true);
  deepStrictEqual(d.args, ["--bogus", "x"]);
  deepStrictEqual(d.after, ["-y"]);
  throws(
    () => parseCommandArgs(d.entry.id, defs[d.entry.id], d.args, d.after),
    /openstack server list: error: unrecognized arguments: --bogus/,
  );
  // command words beyond the id are the command's positionals
  const s = parseArgv(["server", "show", "web-1", "-f", "json"], registry);
  ok(s.kind === "command");
  deepStrictEqual(s.args, ["web-1", "-f", "json"]);
  const p = parseCommandArgs(s.entry.id, defs["server show"], s.args, s.after);
  strictEqual(p.positionals.server, "web-1");
  strictEqual(p.flags.format, "json");
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
  const groupedDefs: Record<string, Def> = {
    "network create": {
      summary: "Create",
      output: "show",
      flags: {
        share: flag.boolean({ group: "share", help: "share" }),
        noShare: flag.boolean({ group: "share", help: "no share" }),
        tag: flag.list({ group: "tag", help: "tag" }),
        noTag: flag.boolean({ group: "tag", help: "no tag" }),
        noNameLookup: flag.boolean({ short: "n", group: "lookup", help: "skip" }),
        oneByOne: flag.boolean({ long: "name-lookup-one-by-one", group: "lookup", help: "1" }),
      },
      positionals: [{ name: "name", metavar: "<name>", help: "Name" }],
    },
  };
  const grouped = registryOf(groupedDefs);
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
    throws(() => parse(["network", "create", "x", ...flags], grouped, groupedDefs), (e: Error) => {
      strictEqual(e.message, `openstack network create: error: ${msg}`, flags.join(" "));
      return true;
    });
  }
  // one flag twice, or one flag of each group, is fine
  const p = parse(
    ["network", "create", "x", "--share", "--share", "--tag", "a", "--tag", "b"],
    grouped,
    groupedDefs,
  );
  strictEqual(p.kind, "command");
});

Deno.test("required options and groups, lowercased choices, argparse's order of checks", () => {
  const createDefs: Record<string, Def> = {
    "server create": {
      summary: "Create",
      output: "show",
      flags: {
        flavor: flag.string({ required: true, help: "f" }),
        image: flag.string({ group: "disk", groupRequired: true, help: "i" }),
        volume: flag.string({ group: "disk", groupRequired: true, help: "v" }),
        snapshot: flag.string({ group: "disk", groupRequired: true, hidden: true, help: "s" }),
        memberStatus: flag.string({
          lower: true,
          choices: ["accepted", "pending", "rejected", "all"],
          help: "m",
        }),
      },
      positionals: [{ name: "server_name", metavar: "<server-name>", help: "n" }],
    },
  };
  const reg = registryOf(createDefs);
  const ok1 = ["n", "--flavor", "f", "--image", "i"];
  // python 3.11's argparse printed these for the same parser and command lines
  const cases: [string[], string][] = [
    [[], "the following arguments are required: <server-name>, --flavor"],
    [["n"], "the following arguments are required: --flavor"],
    [["--bogus"], "the following arguments are required: <server-name>, --flavor"],
    [["n", "--flavor", "f"], "one of the arguments --image --volume is required"],
    [["n", "--bogus", "m", "--flavor", "f", "--image", "i"], "unrecognized arguments: --bogus m"],
    [["n", "m", "--bogus", "--flavor", "f", "--image", "i"], "unrecognized arguments: m --bogus"],
    [
      [...ok1, "--member-status", "Foo"],
      "argument --member-status: invalid choice: 'foo' (choose from 'accepted', 'pending', 'rejected', 'all')",
    ],
  ];
  for (const [argv, msg] of cases) {
    throws(() => parse(["server", "create", ...argv], reg, createDefs), (e: Error) => {
      ok(e instanceof UsageError, argv.join(" "));
      strictEqual(e.message, `openstack server create: error: ${msg}`);
      return true;
    });
  }
  const hidden = parse(
    ["server", "create", "n", "--flavor", "f", "--snapshot", "s"],
    reg,
    createDefs,
  );
  ok(hidden.kind === "command" && "flags" in hidden && hidden.flags.snapshot === "s");
  const lowered = parse(
    ["server", "create", ...ok1, "--member-status", "ACCEPTED"],
    reg,
    createDefs,
  );
  ok(lowered.kind === "command" && "flags" in lowered && lowered.flags.memberStatus === "accepted");
});

Deno.test("a positional declared after a required option is named after it when missing", () => {
  const defs: Record<string, Def> = {
    "port create": {
      summary: "Create",
      output: "show",
      flags: { network: flag.string({ required: true, help: "n" }) },
      positionals: [{ name: "name", metavar: "<name>", help: "n", afterOptions: true }],
    },
  };
  const reg = registryOf(defs);
  // python 6.0's port create printed these
  const cases: [string[], string][] = [
    [[], "the following arguments are required: --network, <name>"],
    [["--network", "x"], "the following arguments are required: <name>"],
    [["p"], "the following arguments are required: --network"],
  ];
  for (const [argv, msg] of cases) {
    throws(() => parse(["port", "create", ...argv], reg, defs), (e: Error) => {
      ok(e instanceof UsageError, argv.join(" "));
      strictEqual(e.message, `openstack port create: error: ${msg}`);
      return true;
    });
  }
});

Deno.test("a flag's convert runs before its choices check, as python's type= does", () => {
  const ipvx = (s: string) => s.toLowerCase() === "ipv6" ? "IPv6" : s;
  const defs: Record<string, Def> = {
    "rule create": {
      summary: "Create",
      output: "show",
      flags: { ethertype: flag.string({ choices: ["IPv4", "IPv6"], convert: ipvx, help: "e" }) },
    },
  };
  const reg = registryOf(defs);
  const p = parse(["rule", "create", "--ethertype", "ipv6"], reg, defs);
  ok(p.kind === "command" && "flags" in p && p.flags.ethertype === "IPv6");
  throws(() => parse(["rule", "create", "--ethertype", "ipx"], reg, defs), (e: Error) => {
    strictEqual(
      e.message,
      "openstack rule create: error: argument --ethertype: invalid choice: 'ipx' (choose from 'IPv4', 'IPv6')",
    );
    return true;
  });
});

Deno.test("float flags read what python's float() reads", () => {
  const d: Def = {
    summary: "Create",
    flags: { factor: flag.float({ metavar: "<factor>", help: "Factor" }) },
  };
  const run = (v: string) =>
    parseCommandArgs("flavor create", d, [`--factor=${v}`], []).flags.factor as number;
  strictEqual(run("1.5"), 1.5);
  strictEqual(run(" 2 "), 2);
  strictEqual(run("1e3"), 1000);
  strictEqual(run("1_0.5"), 10.5);
  strictEqual(run("-inf"), -Infinity); // "--factor -inf" is an option to argparse, as here
  ok(Number.isNaN(run("nan")));
  for (const bad of ["abc", "0x1", "", "1.2.3", "_1"]) {
    throws(() => run(bad), (e: Error) => {
      ok(e instanceof UsageError, bad);
      strictEqual(
        e.message,
        `openstack flavor create: error: argument --factor: invalid float value: '${bad}'`,
      );
      return true;
    });
  }
});

Deno.test("a positional's choices are checked before what is missing, as argparse does", () => {
  const defs: Record<string, Def> = {
    "endpoint create": {
      summary: "Create",
      output: "show",
      flags: {},
      positionals: [
        { name: "service", metavar: "<service>", help: "s" },
        { name: "interface", metavar: "<interface>", help: "i", choices: ["admin", "public"] },
        { name: "url", metavar: "<url>", help: "u" },
      ],
    },
  };
  const reg = registryOf(defs);
  // python 6.0's endpoint create printed these (its choices: admin, public, internal)
  const bad = "argument <interface>: invalid choice: 'bad' (choose from 'admin', 'public')";
  const cases: [string[], string][] = [
    [["nova", "bad", "http://x"], bad],
    [["nova", "bad"], bad],
    [["nova"], "the following arguments are required: <interface>, <url>"],
  ];
  for (const [argv, msg] of cases) {
    throws(() => parse(["endpoint", "create", ...argv], reg, defs), (e: Error) => {
      ok(e instanceof UsageError, argv.join(" "));
      strictEqual(e.message, `openstack endpoint create: error: ${msg}`);
      return true;
    });
  }
  const p = parse(["endpoint", "create", "nova", "public", "http://x"], reg, defs);
  ok(p.kind === "command" && "positionals" in p && p.positionals.interface === "public");
});

// argparse, as python's server ssh declares -4/-6/-v (no long spelling) and --port/-p
const ssh: Def = {
  summary: "ssh",
  flags: {
    port: flag.integer({ short: "p", longFirst: true, help: "port" }),
    ipv4: flag.boolean({ short: "4", shortOnly: true, group: "f", help: "v4" }),
    ipv6: flag.boolean({ short: "6", shortOnly: true, group: "f", help: "v6" }),
  },
  positionals: [
    { name: "server", metavar: "<server>", help: "s" },
    { name: "rest", metavar: "-- <args>", help: "r", arity: "any" },
  ],
};

Deno.test("short-only flags: -4 is an option (the command has digit options), --ipv4 is not", () => {
  const p = parseCommandArgs("server ssh", ssh, ["s1", "-4"]);
  strictEqual(p.flags.ipv4, true);
  deepStrictEqual(p.positionals.rest, []);
  throws(
    () => parseCommandArgs("server ssh", ssh, ["s1", "--ipv4"]),
    /unrecognized arguments: --ipv4/,
  );
  throws(
    () => parseCommandArgs("server ssh", ssh, ["s1", "-4", "-6"]),
    /argument -6: not allowed with argument -4$/,
  );
  throws(
    () => parseCommandArgs("server ssh", ssh, ["s1", "-p", "x"]),
    /argument --port\/-p: invalid int value: 'x'$/,
  );
  // after "--", everything is ssh's
  deepStrictEqual(parseCommandArgs("server ssh", ssh, ["s1"], ["-4", "-p"]).positionals.rest, [
    "-4",
    "-p",
  ]);
});

Deno.test("a non-negative integer flag stops the parse at its value, exit 1 (osc_lib's action)", () => {
  const lengths = defineCommand({
    summary: "Make a pool",
    flags: {
      maxLength: flag.integer({ nonNegative: true, help: "max" }),
      minLength: flag.integer({ nonNegative: true, help: "min" }),
    },
    positionals: [{ name: "name", metavar: "<name>", help: "name" }],
    run: () => Promise.resolve(),
  });
  strictEqual(
    parseCommandArgs("pool create", lengths, ["p", "--max-length", "0"]).flags.maxLength,
    0,
  );
  // argv order, and before the missing positional that argparse only notices at the end
  throws(
    () => parseCommandArgs("pool create", lengths, ["--min-length", "-1", "--max-length", "-2"]),
    (e: Error) => {
      strictEqual(e instanceof UsageError, false);
      strictEqual(e.message, "--min-length expected a non-negative integer");
      strictEqual((e as OscError).exitCode, 1);
      return true;
    },
  );
  // the type check comes first, as argparse's type= does
  throws(() => parseCommandArgs("pool create", lengths, ["p", "--max-length", "x"]), UsageError);
});

Deno.test("a tri-state pair: undefined when absent, else the last one given", () => {
  const pair: Def = {
    summary: "Show",
    output: "show",
    flags: {
      volumes: flag.triState({ help: "with" }),
      noVolumes: flag.triState({ dest: "volumes", value: false, help: "without" }),
    },
  };
  const flags = (argv: string[]) =>
    parseCommandArgs("group show", pair, argv, []).flags as Record<string, unknown>;
  strictEqual(flags([]).volumes, undefined);
  strictEqual(flags(["--volumes"]).volumes, true);
  strictEqual(flags(["--no-volumes"]).volumes, false);
  strictEqual(flags(["--no-volumes", "--volumes"]).volumes, true);
  strictEqual(flags(["--volumes", "--no-volumes"]).volumes, false);
});
