/**
 * The parity case list (tests/parity/cases/) is well formed: argv strings split as a shell
 * would, every case names a registered command, and fixtures and cases match one to one.
 */
import { deepStrictEqual, ok, throws } from "node:assert";
import { joinArgv, read, splitArgv, write } from "../parity/case.ts";
import { cases, fixtureCases, readCases } from "../parity/cases.ts";
import { registry } from "../../src/registry.gen.ts";

Deno.test("splitArgv: words, quotes and backslashes as in a shell, without expansion", () => {
  deepStrictEqual(splitArgv("  server  list\t-c 'Project ID' -c \"Display Name\" "), [
    "server",
    "list",
    "-c",
    "Project ID",
    "-c",
    "Display Name",
  ]);
  deepStrictEqual(splitArgv(`a\\ b '' "x\\"y\\\\z" 'it'\\''s' $HOME *`), [
    "a b",
    "",
    'x"y\\z',
    "it's",
    "$HOME",
    "*",
  ]);
  deepStrictEqual(splitArgv("--name=a'b c'd"), ["--name=ab cd"]);
  throws(() => splitArgv("server show 'x"), /unbalanced '/);
  throws(() => splitArgv('server show "x'), /unbalanced "/);
  throws(() => splitArgv("x \\"), /trailing backslash/);
});

Deno.test("joinArgv: splitArgv gives the same words back", () => {
  for (const argv of [["a", "b c", "", "it's", 'q"uote', "back\\slash", "ünï", "x=1,2"]]) {
    deepStrictEqual(splitArgv(joinArgv(argv)), argv);
  }
});

Deno.test("read() and write(): defaults, names, {name} templates", () => {
  const r = read("server list -c 'Project ID'", { cloud: "demo" });
  deepStrictEqual(
    [r.name, r.argv, r.cloud, r.compare, r.live, r.unstable],
    [
      "server list -c 'Project ID' as demo",
      ["server", "list", "-c", "Project ID"],
      "demo",
      "exact",
      true,
      false,
    ],
  );
  const w = write({
    name: "n",
    create: "network create {name} --description 'for {name}'",
    show: ["network", "show", "{name}"],
    delete: "network delete {name}",
    volatile: ["id"],
  });
  deepStrictEqual(w.create("x"), ["network", "create", "x", "--description", "for x"]);
  deepStrictEqual(w.show("x"), ["network", "show", "x"]);
  const byId = write({
    name: "i",
    create: "credential create admin {name}",
    show: "credential show {id}",
    delete: "credential delete {id}",
    idKey: "access",
    volatile: ["id"],
  });
  deepStrictEqual(byId.show("x", "abc"), ["credential", "show", "abc"]);
  deepStrictEqual(byId.show("x"), ["credential", "show", "{id}"]);
  deepStrictEqual([byId.idKey, w.idKey], ["access", "id"]);
});

Deno.test("every parity case runs a registered command (but the unknown-command ones)", () => {
  const ids = registry.map((e) => e.id);
  const argvs = cases.flatMap((c) =>
    c.kind === "read"
      ? (c.compare === "did-you-mean" ? [] : [c.argv])
      : [c.create("x"), c.show("x"), c.delete("x")]
  );
  for (const argv of argvs) {
    const joined = ` ${argv.join(" ")} `;
    ok(ids.some((id) => joined.includes(` ${id} `)), `no registered command in: ${joinArgv(argv)}`);
  }
  ok(readCases.some((c) => c.compare === "did-you-mean"));
});

Deno.test("every recorded fixture belongs to one parity case, and every fixture case has one", () => {
  const dir = new URL("./commands/fixtures/", import.meta.url);
  const files = [...Deno.readDirSync(dir)].map((e) => e.name.replace(/\.json$/, ""))
    .filter((n) => !n.startsWith("auth_") && n !== "python_oracle").sort();
  const named = fixtureCases.map((c) => c.fixture).sort();
  deepStrictEqual(named, [...new Set(named)], "two cases share a fixture");
  deepStrictEqual(named, files);
});
