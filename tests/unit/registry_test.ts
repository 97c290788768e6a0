import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { generate } from "../../scripts/gen_registry.ts";
import { registry } from "../../src/registry.gen.ts";
import { pythonCommandGroups } from "../../src/cli/python_groups.gen.ts";
import { run } from "../../src/cli/run.ts";
import type { RegistryEntry } from "../../src/cli/registry_types.ts";
import { fakeDeps } from "../helpers/fake_deps.ts";

Deno.test("checked-in registry equals a fresh generation (run `deno task gen` if this fails)", async () => {
  const current = await Deno.readTextFile(new URL("../../src/registry.gen.ts", import.meta.url));
  strictEqual(current, await generate());
});

Deno.test("registry ids come from paths and are sorted and unique", () => {
  const ids = registry.map((e) => e.id);
  deepStrictEqual(ids, [...ids].sort());
  strictEqual(new Set(ids).size, ids.length);
  ok(ids.includes("server list"));
});

Deno.test("no command module, nor the python command list, completion or the shell, is in main.ts's static import graph", async () => {
  const out = await new Deno.Command("deno", {
    args: ["info", "--json", "main.ts"],
    cwd: new URL("../../", import.meta.url).pathname,
    stdout: "piped",
  }).output();
  const info = JSON.parse(new TextDecoder().decode(out.stdout)) as {
    roots: string[];
    modules: {
      specifier: string;
      dependencies?: { specifier: string; code?: { specifier: string }; isDynamic?: boolean }[];
    }[];
  };
  const bySpec = new Map(info.modules.map((m) => [m.specifier, m]));
  const seen = new Set<string>();
  const stack = [...info.roots];
  while (stack.length) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    for (const d of bySpec.get(s)?.dependencies ?? []) {
      if (!d.isDynamic && d.code?.specifier) stack.push(d.code.specifier);
    }
  }
  // what only some command lines need: completion, the interactive and batch modes
  const lazy = [
    "/src/cli/python_commands.gen.ts",
    "/src/cli/unknown.ts",
    "/src/cli/complete_command.ts",
    "/src/cli/complete_model.ts",
    "/src/cli/complete_bash.ts",
    "/src/cli/complete_zsh.ts",
    "/src/cli/complete_fish.ts",
    "/src/cli/complete_clouds.ts",
    "/src/cli/shell.ts",
    "/src/cli/session_pool.ts",
    "/src/cli/shlex.ts",
  ];
  const eager = [...seen].filter((s) =>
    s.includes("/src/commands/") || lazy.some((path) => s.endsWith(path))
  );
  deepStrictEqual(eager, []);
  // and each is reachable dynamically, so the test can tell the difference
  for (const path of ["/src/commands/server/list.ts", ...lazy]) {
    ok(info.modules.some((m) => m.specifier.endsWith(path)), path);
  }
  // nothing heavy at start-up either
  ok(![...seen].some((s) => s.startsWith("npm:") || s.startsWith("node:")), [...seen].join("\n"));
});

function spied(): { reg: RegistryEntry[]; loads: string[] } {
  const loads: string[] = [];
  const reg = registry.map((e) => ({
    ...e,
    load: () => {
      loads.push(e.id);
      return e.load();
    },
  }));
  return { reg, loads };
}

/** A python command this client does not have (yet): its "not implemented" answer. */
const notOurs = Object.keys(pythonCommandGroups).find((id) => !registry.some((e) => e.id === id));

Deno.test("--help, --version, help <group> and unknown commands import no command module", async () => {
  for (
    const argv of [
      ["--help"],
      ["--version"],
      ["help"],
      ["help", "server"],
      ["server", "--help"],
      ["sever", "list"],
      ...(notOurs ? [notOurs.split(" ")] : []),
      ["zzz-no-such", "list"],
    ]
  ) {
    const { reg, loads } = spied();
    const c = fakeDeps();
    await run(argv, c.deps, reg);
    deepStrictEqual(loads, [], argv.join(" "));
    ok(c.stdout().length + c.stderr().length > 0);
  }
});

// "serv l" stopped being unique once server lock came, "serv" once service came (python too)
Deno.test("help <cmd> and <cmd> --help import exactly that command's module", async () => {
  for (
    const argv of [["help", "server", "list"], ["server", "list", "--help"], ["serve", "lis", "-h"]]
  ) {
    const { reg, loads } = spied();
    const c = fakeDeps();
    strictEqual(await run(argv, c.deps, reg), 0, argv.join(" "));
    deepStrictEqual(loads, ["server list"], argv.join(" "));
    ok(c.stdout().startsWith("usage: openstack server list "));
  }
});

Deno.test("running a command imports exactly that command's module", async () => {
  const { reg, loads } = spied();
  const c = fakeDeps({ env: {} });
  // no cloud configured: fails at config time, after the module was loaded
  const code = await run(["server", "list"], c.deps, reg);
  strictEqual(code, 1);
  deepStrictEqual(loads, ["server list"]);
});

Deno.test("a usage error in the command's own flags: after its module loads, before any network", async () => {
  const { reg, loads } = spied();
  let fetched = 0;
  const c = fakeDeps({
    env: { OS_AUTH_URL: "http://127.0.0.1:1/v3", OS_USERNAME: "u", OS_PASSWORD: "p" },
    fetch: () => {
      fetched++;
      return Promise.reject(new Error("no network"));
    },
  });
  strictEqual(await run(["server", "list", "--limit", "x", "--debug"], c.deps, reg), 2);
  deepStrictEqual(loads, ["server list"]);
  strictEqual(fetched, 0);
  strictEqual(
    c.stderr(),
    "openstack server list: error: argument --limit: invalid int value: 'x'\n",
  );
});

Deno.test("registry entries hold only id, summary and loader; the rest comes with the module", async () => {
  for (const e of registry) {
    deepStrictEqual(Object.keys(e).sort(), ["id", "load", "summary"], e.id);
    const def = (await e.load()).default;
    strictEqual(def.summary, e.summary, e.id);
  }
});
