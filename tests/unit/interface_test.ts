/**
 * Our option interface against the python client's, as recorded from it by
 * scripts/record_interface.py (tests/fixtures/python_interface.json). Every
 * difference is either fixed or explained in interface_exceptions.ts; an
 * explanation that no longer matches a difference fails too.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { registry } from "../../src/registry.gen.ts";
import type { RegistryEntry } from "../../src/cli/registry_types.ts";
import { type FlagMeta, type PositionalSpec, spellings, toMeta } from "../../src/cli/flags.ts";
import { outputFlagsFor } from "../../src/output/flags.ts";
import { exceptions } from "./interface_exceptions.ts";

// ---- the recorded python side -------------------------------------------

interface PyOption {
  option_strings: string[];
  dest: string;
  action: string;
  takes_value: boolean;
  nargs?: number | string;
  metavar?: string | string[];
  choices?: unknown[];
  type?: string;
  required?: boolean;
  hidden?: boolean;
  group?: number;
}

interface PyPositional {
  dest: string;
  nargs?: number | string;
  metavar?: string;
  choices?: unknown[];
}

interface PyCommand {
  kind: "lister" | "show" | "plain";
  options: PyOption[];
  positionals: PyPositional[];
  groups: { options: string[]; required: boolean }[];
  /** argparse's names of the required arguments, in the order it lists missing ones. */
  required_order: string[];
}

interface Recorded {
  versions: Record<string, string>;
  count: number;
  commands: Record<string, PyCommand>;
}

const recorded = JSON.parse(
  await Deno.readTextFile(new URL("../fixtures/python_interface.json", import.meta.url)),
) as Recorded;

// ---- our side, through one adapter --------------------------------------

interface OurInterface {
  output?: "list" | "show";
  flags: readonly FlagMeta[];
  positionals: readonly PositionalSpec[];
}

/** The one place that knows where a command's interface comes from. */
async function ourInterface(entry: RegistryEntry): Promise<OurInterface> {
  const def = (await entry.load()).default;
  return {
    output: def.output,
    flags: [...toMeta(def.flags), ...outputFlagsFor(def.output)],
    positionals: def.positionals ?? [],
  };
}

// ---- normal form shared by both sides -----------------------------------

/** What a script can tell apart: flag, counter, repeatable value, single value (typed). */
type ValueKind = "flag" | "count" | "list" | "integer" | "float" | "string";

interface Option {
  /** The first long spelling: how differences name the option. */
  key: string;
  strings: string[];
  kind: ValueKind;
  nargs: string;
  metavar?: string;
  choices?: string[];
  required: boolean;
  hidden: boolean;
  group?: string;
  requiredGroup?: boolean;
}

// osc_lib's and the client's own actions that keep every occurrence
const ACCUMULATING = new Set([
  "osc_lib.cli.parseractions.KeyValueAction",
  "osc_lib.cli.parseractions.KeyValueAppendAction",
  "osc_lib.cli.parseractions.MultiKeyValueAction",
  "osc_lib.cli.parseractions.MultiKeyValueCommaAction",
  "openstackclient.compute.v2.server.NICAction",
  "openstackclient.compute.v2.server.BDMAction",
  "openstackclient.compute.v2.server.BDMLegacyAction",
  "openstackclient.network.v2.port.JSONKeyValueAction",
]);
// integer-checked; osc_lib stores the text after checking it is ≥ 0
const INTEGER_ACTIONS = new Set(["osc_lib.cli.parseractions.NonNegativeAction"]);

function pyKind(o: PyOption): ValueKind {
  if (o.action === "count") return "count";
  if (!o.takes_value) return "flag";
  if (o.action === "append" || o.action === "extend" || ACCUMULATING.has(o.action)) return "list";
  if (o.type === "int" || INTEGER_ACTIONS.has(o.action)) return "integer";
  if (o.type === "float") return "float";
  return "string";
}

function nargsOf(n: number | string | undefined, takesValue: boolean): string {
  if (!takesValue) return "0";
  return n === undefined ? "1" : String(n);
}

function pyOptions(cmd: PyCommand): Option[] {
  return cmd.options
    .filter((o) => o.dest !== "help")
    .map((o) => ({
      key: o.option_strings.find((s) => s.startsWith("--")) ?? o.option_strings[0],
      strings: [...o.option_strings].sort(),
      kind: pyKind(o),
      nargs: nargsOf(o.nargs, o.takes_value),
      // argparse: the metavar, else {choices}, else the dest in capitals
      metavar: !o.takes_value
        ? undefined
        : Array.isArray(o.metavar)
        ? o.metavar.join(" ")
        : o.metavar ??
          (o.choices ? `{${o.choices.join(",")}}` : o.dest.toUpperCase()),
      choices: o.choices?.map(String),
      required: o.required === true,
      hidden: o.hidden === true,
      group: o.group === undefined ? undefined : String(o.group),
      requiredGroup: o.group === undefined ? undefined : cmd.groups[o.group].required,
    }));
}

const OUR_KIND: Record<string, ValueKind> = {
  boolean: "flag",
  count: "count",
  list: "list",
  integer: "integer",
  float: "float",
  string: "string",
};

function ourOptions(flags: readonly FlagMeta[]): Option[] {
  return flags.map((f) => {
    const takes = f.kind === "string" || f.kind === "integer" || f.kind === "float" ||
      f.kind === "list";
    return {
      key: f.shortOnly ? `-${f.short}` : `--${f.long}`,
      strings: spellings(f).sort(),
      kind: OUR_KIND[f.kind],
      // FlagSpec has no nargs yet: a value flag takes exactly one value
      nargs: takes ? "1" : "0",
      // what src/cli/help.ts shows
      metavar: takes ? f.metavar ?? f.long.toUpperCase().replaceAll("-", "_") : undefined,
      choices: f.choices ? [...f.choices] : undefined,
      required: f.required === true,
      hidden: f.hidden === true,
      group: f.group,
      requiredGroup: f.group === undefined
        ? undefined
        : flags.some((g) => g.group === f.group && g.groupRequired),
    };
  });
}

const ARITY: Record<string, string> = { one: "1", optional: "?", many: "+", any: "*" };

function pyPositionals(cmd: PyCommand): string[] {
  return cmd.positionals.map((p) =>
    `${p.metavar ?? p.dest}(${p.nargs ?? 1})${p.choices ? `{${p.choices.join(",")}}` : ""}`
  );
}

function ourPositionals(ps: readonly PositionalSpec[]): string[] {
  return ps.map((p) =>
    `${p.metavar}(${ARITY[p.arity ?? "one"]})${p.choices ? `{${p.choices.join(",")}}` : ""}`
  );
}

const KIND: Record<PyCommand["kind"], string | undefined> = {
  lister: "list",
  show: "show",
  plain: undefined,
};

/** aspect → what differs. An aspect is an option string ("--host": one side lacks it),
 * "<option> <property>" ("--flavor metavar"), "groups", "positionals" or "kind". */
export function differences(py: PyCommand, ours: OurInterface): Map<string, string> {
  const out = new Map<string, string>();
  if (KIND[py.kind] !== ours.output) {
    out.set("kind", `python ${py.kind}, ours ${ours.output ?? "plain"}`);
  }
  const theirs = pyOptions(py);
  const mine = ourOptions(ours.flags);
  const mineByString = new Map<string, Option>();
  for (const o of mine) for (const s of o.strings) mineByString.set(s, o);
  const theirsByString = new Map<string, Option>();
  for (const o of theirs) for (const s of o.strings) theirsByString.set(s, o);
  // python option → our option (by any shared option string)
  const matched = new Map<Option, Option>();
  for (const p of theirs) {
    const hits = new Set(p.strings.map((s) => mineByString.get(s)).filter((o) => o));
    for (const s of p.strings) {
      if (!mineByString.has(s)) out.set(s, "python has it, we do not");
    }
    if (hits.size > 1) {
      out.set(`${p.key} aliases`, "python's spellings of one option are split");
    }
    const m = [...hits][0];
    if (!m) continue;
    matched.set(p, m);
    const key = p.key;
    const cmp = (aspect: string, a: unknown, b: unknown) => {
      const sa = JSON.stringify(a), sb = JSON.stringify(b);
      if (sa !== sb) out.set(`${key} ${aspect}`, `python ${sa}, ours ${sb}`);
    };
    cmp("kind", p.kind, m.kind);
    cmp("nargs", p.nargs, m.nargs);
    cmp("metavar", p.metavar, m.metavar);
    cmp("choices", p.choices, m.choices);
    cmp("required", p.required, m.required);
    cmp("hidden", p.hidden, m.hidden);
  }
  for (const m of mine) {
    for (const s of m.strings) {
      if (!theirsByString.has(s)) out.set(s, "we have it, python does not");
    }
  }
  // exclusive groups, among the options both sides have
  const both = new Set(matched.values());
  const groupsOf = (opts: Iterable<[Option, Option]>) => {
    const g = new Map<string, { members: string[]; required: boolean }>();
    for (const [key, o] of opts) {
      if (o.group === undefined || !both.has(key)) continue;
      const e = g.get(o.group) ?? { members: [], required: o.requiredGroup === true };
      e.members.push(key.key);
      g.set(o.group, e);
    }
    return [...g.values()]
      .filter((e) => e.members.length > 1)
      .map((e) => `${e.required ? "required " : ""}[${e.members.sort().join(" | ")}]`)
      .sort();
  };
  const pyGroups = groupsOf([...matched].map(([p, m]) => [m, p] as [Option, Option]));
  const ourGroups = groupsOf(mine.filter((m) => both.has(m)).map((m) => [m, m]));
  if (JSON.stringify(pyGroups) !== JSON.stringify(ourGroups)) {
    out.set("groups", `python ${pyGroups.join(" ")}, ours ${ourGroups.join(" ")}`);
  }
  // the order "the following arguments are required: ..." names them in, among
  // the arguments both sides require (which ones are required is compared above)
  const nameKey = (name: string) =>
    name.startsWith("-") ? name.split("/").find((s) => s.startsWith("--")) ?? name : name;
  const pyRequired = py.required_order.map(nameKey);
  const requiredPositionals = ours.positionals.filter((p) =>
    p.arity === undefined || p.arity === "one" || p.arity === "many"
  );
  const ourRequired = [
    ...requiredPositionals.filter((p) => !p.afterOptions).map((p) => p.metavar),
    ...ours.flags.filter((f) => f.required).map((f) => `--${f.long}`),
    ...requiredPositionals.filter((p) => p.afterOptions).map((p) => p.metavar),
  ];
  const pr = pyRequired.filter((n) => ourRequired.includes(n));
  const or = ourRequired.filter((n) => pyRequired.includes(n));
  if (JSON.stringify(pr) !== JSON.stringify(or)) {
    out.set("required order", `python ${pr.join(", ")}, ours ${or.join(", ")}`);
  }
  const pp = pyPositionals(py), op = ourPositionals(ours.positionals);
  if (JSON.stringify(pp) !== JSON.stringify(op)) {
    out.set("positionals", `python ${pp.join(" ")}, ours ${op.join(" ")}`);
  }
  return out;
}

// ---- the tests ------------------------------------------------------------

Deno.test("the recording holds every core command of the python client", () => {
  strictEqual(recorded.versions["python-openstackclient"], "6.0.0");
  strictEqual(Object.keys(recorded.commands).length, recorded.count);
  strictEqual(recorded.count, 488);
  for (const id of ["server list", "network create", "volume show", "token issue"]) {
    ok(recorded.commands[id], id);
  }
});

Deno.test("every registered command is a python command", () => {
  const unknown = registry.map((e) => e.id).filter((id) => !recorded.commands[id]);
  deepStrictEqual(unknown, [], "registered ids the python client does not have");
  const excused = Object.values(exceptions).reduce((n, e) => n + Object.keys(e).length, 0);
  console.log(
    `interface: ${registry.length} of ${recorded.count} python commands registered; ` +
      `${excused} exceptions in ${Object.keys(exceptions).length} commands`,
  );
});

Deno.test("every interface difference is fixed or explained in interface_exceptions.ts", async () => {
  const unexplained: string[] = [];
  const stale: string[] = [];
  const seen = new Set<string>();
  for (const entry of registry) {
    const py = recorded.commands[entry.id];
    if (!py) continue;
    const diffs = differences(py, await ourInterface(entry));
    const explained = exceptions[entry.id] ?? {};
    for (const [aspect, what] of diffs) {
      if (!(aspect in explained)) unexplained.push(`${entry.id}: ${aspect}: ${what}`);
    }
    for (const aspect of Object.keys(explained)) {
      seen.add(`${entry.id}\0${aspect}`);
      if (!diffs.has(aspect)) stale.push(`${entry.id}: ${aspect}`);
    }
  }
  for (const [id, list] of Object.entries(exceptions)) {
    for (const aspect of Object.keys(list)) {
      if (!seen.has(`${id}\0${aspect}`)) stale.push(`${id}: ${aspect} (not registered)`);
    }
  }
  deepStrictEqual(unexplained, [], "differences from python not in interface_exceptions.ts");
  deepStrictEqual(stale, [], "exceptions that no longer differ: remove them");
});

Deno.test("every exception gives a reason", () => {
  for (const [id, list] of Object.entries(exceptions)) {
    for (const [aspect, reason] of Object.entries(list)) {
      ok(reason.trim().length > 0, `${id}: ${aspect} has no reason`);
    }
  }
});

// The comparison itself must be able to fail.
Deno.test("the comparison sees each kind of difference", () => {
  const py: PyCommand = {
    kind: "lister",
    groups: [{ options: ["--a", "--b"], required: true }],
    options: [
      { option_strings: ["-h", "--help"], dest: "help", action: "help", takes_value: false },
      { option_strings: ["--a"], dest: "a", action: "store_true", takes_value: false, group: 0 },
      { option_strings: ["--b"], dest: "b", action: "store_true", takes_value: false, group: 0 },
      {
        option_strings: ["--size", "--old-size"],
        dest: "size",
        action: "store",
        takes_value: true,
        type: "int",
        metavar: "<size>",
      },
      {
        option_strings: ["--kind"],
        dest: "kind",
        action: "store",
        takes_value: true,
        choices: ["x", "y"],
        required: true,
      },
      { option_strings: ["--prop"], dest: "prop", action: "append", takes_value: true },
      { option_strings: ["--missing"], dest: "m", action: "store", takes_value: true },
    ],
    positionals: [{ dest: "name", metavar: "<name>", nargs: "+" }],
    required_order: ["--kind", "<name>"],
  };
  const ours: OurInterface = {
    output: "show",
    flags: toMeta({
      a: { kind: "boolean", help: "a", group: "g" },
      b: { kind: "boolean", help: "b" },
      size: { kind: "string", help: "s", metavar: "<sz>" },
      kind: { kind: "string", help: "k", choices: ["y", "x"], required: true },
      prop: { kind: "string", help: "p", metavar: "PROP" },
      extra: { kind: "boolean", help: "e" },
    }),
    positionals: [{ name: "name", metavar: "<name>", help: "n" }],
  };
  deepStrictEqual([...differences(py, ours).keys()].sort(), [
    "--extra",
    "--kind choices",
    "--kind metavar",
    "--missing",
    "--old-size",
    "--prop kind",
    "--size kind",
    "--size metavar",
    "groups",
    "kind",
    "positionals",
    "required order",
  ]);
});
