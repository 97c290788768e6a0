import { deepStrictEqual, strictEqual } from "node:assert";
import { BUNDLED, moduleVersions } from "../../../src/commands/module/list.ts";
import { VERSION } from "../../../src/version.ts";

Deno.test("module list: the bundled libraries are deno.json's pinned imports", async () => {
  const deno = JSON.parse(await Deno.readTextFile(new URL("../../../deno.json", import.meta.url)));
  const pinned = Object.fromEntries(
    Object.values(deno.imports as Record<string, string>).flatMap((spec) => {
      const m = /^npm:(@?[^@]+)@(.+)$/.exec(spec);
      return m ? [[m[1], m[2]]] : [];
    }),
  );
  deepStrictEqual(BUNDLED, pinned);
});

Deno.test("module list: this program and its runtime; --all adds the rest", () => {
  deepStrictEqual(moduleVersions(false), { "openstack-deno": VERSION, deno: Deno.version.deno });
  const all = moduleVersions(true);
  strictEqual(all.v8, Deno.version.v8);
  strictEqual(all["js-yaml"], "4.1.0");
});

import { commandGroups } from "../../../src/commands/command/list.ts";

// python's ListCommand: groups sorted, names sorted within, `--group` a substring of the group
// ("cli" also matches openstack.neutronclient.v2), groups without commands left out.
Deno.test("command list: grouped, sorted and filtered as python does", () => {
  const groups = {
    "quota show": "openstack.common",
    "module list": "openstack.cli",
    "command list": "openstack.cli",
    "bgp peer list": "openstack.neutronclient.v2",
  };
  deepStrictEqual(commandGroups(Object.keys(groups), groups), [
    ["openstack.cli", ["command list", "module list"]],
    ["openstack.common", ["quota show"]],
    ["openstack.neutronclient.v2", ["bgp peer list"]],
  ]);
  deepStrictEqual(commandGroups(Object.keys(groups), groups, "cli").map(([g]) => g), [
    "openstack.cli",
    "openstack.neutronclient.v2",
  ]);
});
