/**
 * The shell formatter's --variable through the command line (rendering itself:
 * render_test.ts, from cliff). Outputs and messages checked against
 * python-openstackclient 6.0 on the fake cloud.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { jsonExchange, loadFixture, replay } from "../commands/replay.ts";

const NEUTRON = "http://127.0.0.1:9696/v2.0";
const recorded = loadFixture("network_show_json");
const NET = JSON.parse(recorded.exchanges.find((e) => e.url.endsWith("?name=private"))!.body)
  .networks[0];
const post = () => [jsonExchange(`${NEUTRON}/networks`, { network: NET }, 201, "POST")];

Deno.test("--variable: only the named variables, after -c; repeatable", async () => {
  const r = await replay(
    [
      "network",
      ...["create", "n1", "-f", "shell", "-c", "id", "-c", "status", "-c", "router:external"],
      ...["--variable", "id", "--variable", "router:external", "--variable", "name"],
    ],
    "admin",
    post(),
  );
  strictEqual(r.code, 0, r.stderr);
  // "name" was not picked by -c; "router:external" is matched before ":" becomes "_";
  // python prints its bool as False
  strictEqual(r.stdout, `id="${NET.id}"\nrouter_external="False"\n`);
});

Deno.test("--variable with --prefix", async () => {
  const r = await replay(
    ["network", "create", "n1", "-f", "shell", "--prefix", "net_", "--variable", "status"],
    "admin",
    post(),
  );
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, `net_status="${NET.status}"\n`);
});

Deno.test("--variable: a show option only, and it takes a value", async () => {
  const list = await replay(["server", "list", "--variable", "x"], "admin", []);
  strictEqual(list.code, 2);
  strictEqual(
    list.stderr.trimEnd().split("\n").pop()!.startsWith(
      "openstack server list: error: unrecognized arguments: --variable",
    ),
    true,
    list.stderr,
  );
  const bare = await replay(["server", "show", "s1", "--variable"], "admin", []);
  strictEqual(bare.code, 2);
  strictEqual(
    bare.stderr.trimEnd().split("\n").pop(),
    "openstack server show: error: argument --variable: expected one argument",
  );
  deepStrictEqual([...list.requests, ...bare.requests], []);
});

Deno.test("--variable is not in help, as in cliff", async () => {
  const r = await replay(["help", "server", "show"], "admin", []);
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout.includes("--variable"), false);
  strictEqual(r.stdout.includes("--prefix PREFIX"), true);
});
