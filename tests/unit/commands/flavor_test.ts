import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { jsonExchange, loadFixture, replay, withBody } from "./replay.ts";

const NOVA = "http://127.0.0.1:8774/v2.1";
const ADMIN_PROJECT = "fc9c04151eb146818fa4c0aec3de22c0";

Deno.test("flavor list reads flavors at 2.61 when the cloud offers more (as openstacksdk)", async () => {
  const f = loadFixture("flavor_list_long");
  const r = await replay(f.argv, f.cloud, f.exchanges);
  const h = r.headers.get(`GET ${NOVA}/flavors/detail?is_public=True`)!;
  strictEqual(h.get("OpenStack-API-Version"), "compute 2.61");
  strictEqual(h.get("X-OpenStack-Nova-API-Version"), "2.61");
});

Deno.test("flavor list with a pinned microversion sends it (2.92: swap is 0)", async () => {
  const f = loadFixture("flavor_list_long_v292");
  const r = await replay(f.argv, f.cloud, f.exchanges);
  strictEqual(r.stdout, f.python.stdout);
  const h = r.headers.get(`GET ${NOVA}/flavors/detail?is_public=True`)!;
  strictEqual(h.get("OpenStack-API-Version"), "compute 2.92");
});

Deno.test("flavor list --long before 2.61 fetches each flavor's extra specs", async () => {
  const f = loadFixture("flavor_list_long_v21");
  const r = await replay(f.argv, f.cloud, f.exchanges);
  strictEqual(r.stdout, f.python.stdout);
  ok(r.requests.includes(`GET ${NOVA}/flavors/1/os-extra_specs`));
  ok(r.requests.includes(`GET ${NOVA}/flavors/2/os-extra_specs`));
  // and they show up as Properties
  const specs = withBody(f.exchanges, `${NOVA}/flavors/2/os-extra_specs`, () => ({
    extra_specs: { "hw:cpu_policy": "dedicated", "aggregate:ssd": "true" },
  }));
  const r2 = await replay(
    [...f.argv.slice(0, -2), "-f", "json", "-c", "Properties"],
    f.cloud,
    specs,
  );
  deepStrictEqual(JSON.parse(r2.stdout), [
    { Properties: {} },
    { Properties: { "hw:cpu_policy": "dedicated", "aggregate:ssd": "true" } },
  ]);
  const r3 = await replay(
    [...f.argv.slice(0, -2), "-f", "value", "-c", "Properties"],
    f.cloud,
    specs,
  );
  // the value format prints python's str() of the dict, in the order Nova sent it
  strictEqual(r3.stdout, "{}\n{'hw:cpu_policy': 'dedicated', 'aggregate:ssd': 'true'}\n");
  const r4 = await replay([...f.argv.slice(0, -2), "-c", "Properties"], f.cloud, specs);
  ok(r4.stdout.includes("| aggregate:ssd='true', hw:cpu_policy='dedicated' |"), r4.stdout);
});

Deno.test("flavor list: the RXTX factor stays a float in every format", async () => {
  const f = loadFixture("flavor_list_long");
  for (
    const [format, expected] of [["value", " 1.0 "], ["csv", ",1.0,"], ["yaml", "RXTX Factor: 1.0"]]
  ) {
    const r = await replay(["flavor", "list", "--long", "-f", format], f.cloud, f.exchanges);
    ok(r.stdout.includes(expected), `${format}: ${r.stdout}`);
  }
});

Deno.test("flavor list follows flavors_links; --limit stops and sends the rest of the limit", async () => {
  const f = loadFixture("flavor_list");
  const url = `${NOVA}/flavors/detail?is_public=True`;
  const [tiny, small] = JSON.parse(f.exchanges[0].body).flavors;
  const paged = [
    jsonExchange(url, {
      flavors: [tiny],
      flavors_links: [{ rel: "next", href: `${NOVA}/flavors/detail?is_public=True&marker=1` }],
    }),
    jsonExchange(`${NOVA}/flavors/detail?marker=1&is_public=True`, { flavors: [small] }),
  ];
  const r = await replay(["flavor", "list", "-f", "value", "-c", "Name"], "admin", paged);
  strictEqual(r.stdout, "m1.tiny\nm1.small\n");
  deepStrictEqual(r.unused, []);
  const limited = [jsonExchange(`${NOVA}/flavors/detail?limit=1&is_public=True`, {
    flavors: [tiny],
    flavors_links: [{ rel: "next", href: `${NOVA}/flavors/detail?limit=1&marker=1` }],
  })];
  const r2 = await replay(
    ["flavor", "list", "--limit", "1", "-f", "value", "-c", "Name"],
    "admin",
    limited,
  );
  strictEqual(r2.stdout, "m1.tiny\n");
});

/** flavor show m1.tiny with m1.tiny made private (and the access list that goes with it). */
function privateTiny(access: ReturnType<typeof jsonExchange>) {
  const f = loadFixture("flavor_show");
  const list = withBody(f.exchanges, `${NOVA}/flavors/detail?is_public=None`, (b) => {
    const flavors = (b.flavors as Record<string, unknown>[]).map((x) =>
      x.id === "1" ? { ...x, "os-flavor-access:is_public": false } : x
    );
    return { ...b, flavors };
  });
  return { f, exchanges: [...list, access] };
}

Deno.test("flavor show of a private flavor lists the projects it is shared with", async () => {
  const { f, exchanges } = privateTiny(jsonExchange(`${NOVA}/flavors/1/os-flavor-access`, {
    flavor_access: [{ flavor_id: "1", tenant_id: ADMIN_PROJECT }],
  }));
  const r = await replay([...f.argv, "-f", "json"], f.cloud, exchanges);
  const shown = JSON.parse(r.stdout);
  deepStrictEqual(shown.access_project_ids, [ADMIN_PROJECT]);
  strictEqual(shown["os-flavor-access:is_public"], false);
  const table = await replay(f.argv, f.cloud, exchanges);
  ok(table.stdout.includes(`| access_project_ids         | ['${ADMIN_PROJECT}'] |`), table.stdout);
});

Deno.test("flavor show: access list refused → python's error line, access_project_ids None", async () => {
  const { f, exchanges } = privateTiny(jsonExchange(
    `${NOVA}/flavors/1/os-flavor-access`,
    { forbidden: { code: 403, message: "Policy doesn't allow it." } },
    403,
  ));
  const r = await replay([...f.argv, "-f", "json"], f.cloud, exchanges);
  strictEqual(r.code, 0);
  strictEqual(JSON.parse(r.stdout).access_project_ids, null);
  strictEqual(
    r.stderr,
    "Failed to get access projects list for flavor 'm1.tiny': HttpException: 403: Client Error for url: " +
      `${NOVA}/flavors/1/os-flavor-access, Policy doesn't allow it.\n`,
  );
});

Deno.test("flavor list --public --private is a usage error", async () => {
  const r = await replay(["flavor", "list", "--public", "--private"], "admin", []);
  strictEqual(r.code, 2);
  strictEqual(
    r.stderr,
    "openstack flavor list: error: argument --private: not allowed with argument --public\n",
  );
  deepStrictEqual(r.requests, []);
});
