/**
 * The parity case format. A case is one entry in tests/parity/cases/<noun>.ts, built by
 * `read()` or `write()`; every suite that compares us with the python client takes its cases
 * from there (tests/parity/cases.ts loads them all):
 *
 *  - the live read suite (tests/e2e/parity_test.ts) runs each read case through both clients
 *    against the real test cloud;
 *  - the live write suite (tests/e2e/write_parity_test.ts) runs each write case's
 *    create → show → delete → show in both clients;
 *  - a read case with `fixture` is recorded from the real cloud (tests/unit/commands/record.ts)
 *    and replayed in process by the unit tests (tests/unit/commands/recorded_test.ts);
 *  - tests/parity/runner_equivalence_test.ts runs every case through the warm python runner
 *    and the plain subprocess.
 *
 * argv is written as a string and split like a shell would (quotes, backslashes; no
 * expansion): `read("volume list -c 'Display Name'")`.
 */

export type Cloud = "admin" | "demo" | "admin-system";

/**
 * How a read case's outcomes are compared (the exit code always):
 *  - "exact":  stdout byte for byte (tables, value, csv)
 *  - "json":   stdout parsed as JSON, volatile fields normalised, deep-equal
 *  - "error":  stderr with request ids normalised, nothing on stdout
 *  - "error-extended": like "error", but our line may add to python's (e.g. the known cloud
 *              names after "Cloud x was not found.")
 *  - "usage":  the last line of stderr (we print argparse's error line without the multi-line
 *              usage block before it)
 *  - "did-you-mean": the first two lines of stdout, and every candidate we offer is among
 *              python's (python knows more commands)
 */
export type Compare = "exact" | "json" | "error" | "error-extended" | "usage" | "did-you-mean";

export interface ReadOptions {
  /** The test's name; default: the argv as written (plus " as <cloud>"). */
  name?: string;
  /** Default "exact". */
  compare?: Compare;
  /** The clouds.yaml entry both clients use; default "admin". */
  cloud?: Cloud;
  /**
   * Recorded for the unit tests as tests/unit/commands/fixtures/<fixture>.json (the cloud's
   * answers and python's output), and replayed there in process.
   */
  fixture?: string;
  /** false: recorded and replayed only, not run in the live suite. Default true. */
  live?: boolean;
  /**
   * The output differs on every run (a new token each time): recorded for the unit tests,
   * which check it field by field, but not replayed against python's recorded bytes.
   */
  unstable?: boolean;
}

export interface ReadCase {
  readonly kind: "read";
  readonly name: string;
  readonly argv: readonly string[];
  readonly cloud: Cloud;
  readonly compare: Compare;
  readonly fixture?: string;
  readonly live: boolean;
  readonly unstable: boolean;
}

export interface WriteOptions {
  name: string;
  cloud?: "admin" | "demo";
  /** argv that creates a resource called {name} (`-f json` is appended). */
  create: string | readonly string[];
  /**
   * argv that shows it (`-f json` is appended). `{id}` here, in `change`, `delete` and
   * `teardown` is the id the create printed: for what is found by ID only (a meter rule).
   */
  show: string | readonly string[];
  /** argv that deletes it. */
  delete: string | readonly string[];
  /**
   * Run as the admin user in a project the write suite makes for itself (and removes after):
   * for commands whose outcome depends on what a project holds, whatever else is on the cloud
   * (Nova picks the network only when the project sees one; the instance quota counts the
   * project's servers).
   */
  ownProject?: boolean;
  /**
   * Commands run on the new resource before `show` (set, unset, add, remove): each client
   * runs them on its own resource; exit code and output must agree.
   */
  change?: readonly (string | readonly string[] | PythonBugStep | PollStep)[];
  /**
   * What the resource needs and is not the subject (a subnet's network): run by the python
   * client for each of the two names before `create`; `teardown` removes it at the end.
   */
  setup?: readonly (string | readonly string[])[];
  teardown?: readonly (string | readonly string[])[];
  /**
   * `create` makes a project called {name}: before its delete, the security groups Neutron
   * gave it (its "default") are removed, which no static argv can name.
   */
  makesProject?: boolean;
  /** Given to every `change` step on stdin (the answer to a prompt); default: no stdin. */
  stdin?: string;
  /**
   * The key of create's JSON output whose value stands for `{id}` in show, change, delete and
   * teardown (default "id"): for resources known by ID only. Dots reach into the output
   * ("access_rules.0.id").
   */
  idKey?: string;
  /** JSON keys that differ between two fresh resources (ids, times, allocations). */
  volatile: readonly string[];
  /** Keys whose values are compared through a mask (addresses → the networks only). */
  masks?: Record<string, (value: unknown) => unknown>;
  /**
   * For resources that change state after create (a volume goes creating → available):
   * `show` is repeated, up to three minutes, until this holds for both; again after each
   * `change` step (a server action finishes after Nova has answered).
   */
  settled?: (shown: Record<string, unknown>) => boolean;
  /**
   * The outcome depends on what else exists (Nova picks the one network there is), so no other
   * write case runs meanwhile.
   */
  alone?: boolean;
  /**
   * Why this case is not run yet (it differs from python for a reason still open). The live
   * write suite leaves it out and names it, so the list of pending cases stays visible.
   */
  pending?: string;
}

/**
 * A change step python cannot finish although it did what was asked (it crashes once the
 * request went out: server evacuate): both clients run it, only ours must succeed, and the
 * steps and show after it compare the effect. `pythonBug` says what python does instead.
 */
export interface PythonBugStep {
  readonly argv: string | readonly string[];
  readonly pythonBug: string;
}

/**
 * A step that waits instead of comparing: the python client runs it for each resource until
 * its output matches `until` (a minute at most); `as` keeps that output (trimmed) for the later
 * steps' `{<as>}` (an ID each client's resource has its own of: a migration's).
 */
export interface PollStep {
  readonly poll: string | readonly string[];
  readonly until: RegExp;
  readonly as?: string;
}

/** One change step: argv for one resource, and why python's outcome is not compared, if so. */
export type ChangeStep = ((name: string, id?: string) => string[]) & {
  readonly pythonBug?: string;
  readonly poll?: { readonly until: RegExp; readonly as?: string };
};

export interface WriteCase {
  readonly kind: "write";
  readonly name: string;
  readonly cloud: "admin" | "demo";
  create(name: string): string[];
  show(name: string, id?: string): string[];
  delete(name: string, id?: string): string[];
  readonly change: readonly ChangeStep[];
  readonly idKey: string;
  readonly ownProject?: boolean;
  readonly setup?: readonly ((name: string) => string[])[];
  readonly teardown?: readonly ((name: string, id?: string) => string[])[];
  readonly stdin?: string;
  readonly makesProject?: boolean;
  readonly volatile: readonly string[];
  readonly masks?: Record<string, (value: unknown) => unknown>;
  readonly settled?: (shown: Record<string, unknown>) => boolean;
  readonly alone: boolean;
  readonly pending?: string;
}

export type ParityCase = ReadCase | WriteCase;

/** The python client speaks compute 2.1 unless told. */
export const V21 = "--os-compute-api-version 2.1";
/** python-openstackclient 6.0 knows compute microversions up to 2.92. */
export const VMAX = "--os-compute-api-version 2.92";

/**
 * Splits like a POSIX shell, without expansion: whitespace separates words; '…' keeps
 * everything; "…" keeps everything but \" and \\; a backslash outside quotes escapes the next
 * character. Unbalanced quotes throw (a typo in a case list must not pass silently).
 */
export function splitArgv(s: string): string[] {
  const out: string[] = [];
  let word = "";
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === " " || c === "\t" || c === "\n") {
      if (inWord) out.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "\\") {
      if (i + 1 >= s.length) throw new Error(`trailing backslash in ${JSON.stringify(s)}`);
      word += s[++i];
    } else if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new Error(`unbalanced ' in ${JSON.stringify(s)}`);
      word += s.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      let j = i + 1;
      for (; j < s.length && s[j] !== '"'; j++) {
        if (s[j] === "\\" && (s[j + 1] === '"' || s[j + 1] === "\\")) j++;
        word += s[j];
      }
      if (j >= s.length) throw new Error(`unbalanced " in ${JSON.stringify(s)}`);
      i = j;
    } else {
      word += c;
    }
  }
  if (inWord) out.push(word);
  return out;
}

/** argv as one string that splitArgv() turns back into the same words. */
export function joinArgv(argv: readonly string[]): string {
  return argv.map((a) => /^[^\s'"\\]+$/.test(a) ? a : `'${a.replaceAll("'", `'\\''`)}'`)
    .join(" ");
}

function words(argv: string | readonly string[]): string[] {
  return typeof argv === "string" ? splitArgv(argv) : [...argv];
}

/** A read (or failing-write) command: both clients run it once and the outcomes compare. */
export function read(argv: string | readonly string[], o: ReadOptions = {}): ReadCase {
  const split = words(argv);
  const cloud = o.cloud ?? "admin";
  return {
    kind: "read",
    name: o.name ?? (typeof argv === "string" ? argv : joinArgv(split)) +
        (cloud === "admin" ? "" : ` as ${cloud}`),
    argv: split,
    cloud,
    compare: o.compare ?? "exact",
    fixture: o.fixture,
    live: o.live ?? true,
    unstable: o.unstable ?? false,
  };
}

/**
 * argv template → argv for one resource name: `{name}` is replaced in every word, and `{id}`
 * by the resource's ID once create has told it (resources known by ID only: credentials).
 */
function template(argv: string | readonly string[]): (name: string, id?: string) => string[] {
  const split = words(argv);
  return (name, id) =>
    split.map((w) => {
      const named = w.replaceAll("{name}", name);
      return id === undefined ? named : named.replaceAll("{id}", id);
    });
}

/** A command pair that makes and removes a resource: each client makes its own. */
export function write(o: WriteOptions): WriteCase {
  return {
    kind: "write",
    name: o.name,
    cloud: o.cloud ?? "admin",
    create: template(o.create),
    show: template(o.show),
    delete: template(o.delete),
    change: (o.change ?? []).map((s) =>
      typeof s === "object" && "pythonBug" in s
        ? Object.assign(template(s.argv), { pythonBug: s.pythonBug })
        : typeof s === "object" && "poll" in s
        ? Object.assign(template(s.poll), { poll: { until: s.until, as: s.as } })
        : template(s)
    ),
    idKey: o.idKey ?? "id",
    ownProject: o.ownProject,
    setup: (o.setup ?? []).map(template),
    teardown: (o.teardown ?? []).map(template),
    stdin: o.stdin,
    makesProject: o.makesProject,
    volatile: o.volatile,
    masks: o.masks,
    settled: o.settled,
    alone: o.alone ?? false,
    pending: o.pending,
  };
}
