import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { generate } from "../../scripts/gen_registry.ts";
import { registry } from "../../src/registry.gen.ts";
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

Deno.test("no command module is in main.ts's static import graph", async () => {
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
  const eager = [...seen].filter((s) => s.includes("/src/commands/"));
  deepStrictEqual(eager, []);
  // and something is reachable dynamically, so the test can tell the difference
  ok(info.modules.some((m) => m.specifier.includes("/src/commands/server/list.ts")));
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

Deno.test("--help, --version and help <cmd> import no command module", async () => {
  for (
    const argv of [["--help"], ["--version"], ["help", "server", "list"], [
      "server",
      "list",
      "--help",
    ]]
  ) {
    const { reg, loads } = spied();
    const c = fakeDeps();
    strictEqual(await run(argv, c.deps, reg), 0, argv.join(" "));
    deepStrictEqual(loads, [], argv.join(" "));
    ok(c.stdout().length > 0);
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
