import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { jsonExchange, loadFixture, replay, withBody } from "./replay.ts";

const NEUTRON = "http://127.0.0.1:9696/v2.0";

Deno.test("network list follows networks_links to the last page", async () => {
  const f = loadFixture("network_list");
  const [net] = JSON.parse(f.exchanges[0].body).networks;
  const other = { ...net, id: "5e1f0000-0000-4000-8000-000000000001", name: "public", subnets: [] };
  const exchanges = [
    jsonExchange(`${NEUTRON}/networks`, {
      networks: [net],
      networks_links: [{ rel: "next", href: `${NEUTRON}/networks?limit=1&marker=${net.id}` }],
    }),
    jsonExchange(`${NEUTRON}/networks?marker=${net.id}`, { networks: [other] }),
  ];
  const r = await replay(["network", "list", "-f", "value", "-c", "Name"], f.cloud, exchanges);
  strictEqual(r.stdout, "private\npublic\n");
  deepStrictEqual(r.unused, []);
});

Deno.test("network list --long: State, Router Type for people; booleans for programs", async () => {
  const f = loadFixture("network_list_long");
  const exchanges = withBody(f.exchanges, `${NEUTRON}/networks`, (b) => {
    const [n] = b.networks as Record<string, unknown>[];
    return { networks: [{ ...n, admin_state_up: false, "router:external": true }] };
  });
  const t = await replay(
    [...f.argv, "-c", "State", "-c", "Router Type", "-f", "csv"],
    f.cloud,
    exchanges,
  );
  // cliff's csv writes str(machine value) of a formatted column: quoted
  strictEqual(t.stdout, '"State","Router Type"\n"False","True"\n');
  const v = await replay([...f.argv, "-c", "State", "-c", "Router Type"], f.cloud, exchanges);
  ok(v.stdout.includes("| DOWN  | External    |"), v.stdout);
});

Deno.test("network show: attributes Neutron leaves out show the SDK's defaults", async () => {
  const f = loadFixture("network_show_json");
  const exchanges = withBody(f.exchanges, `${NEUTRON}/networks?name=private`, (b) => {
    const [n] = b.networks as Record<string, unknown>[];
    const trimmed = { ...n };
    for (const k of ["port_security_enabled", "router:external", "tags", "mtu", "subnets"]) {
      delete trimmed[k];
    }
    return { networks: [trimmed] };
  });
  const r = JSON.parse((await replay(f.argv, f.cloud, exchanges)).stdout);
  strictEqual(r.port_security_enabled, false);
  strictEqual(r["router:external"], false);
  deepStrictEqual(r.tags, []);
  strictEqual(r.mtu, null);
  strictEqual(r.subnets, null);
  const t = await replay(["network", "show", "private", "-c", "subnets"], f.cloud, exchanges);
  ok(t.stdout.includes("| subnets | None  |"), t.stdout);
});

Deno.test("network show: two networks of one name", async () => {
  const f = loadFixture("network_show");
  const exchanges = withBody(f.exchanges, `${NEUTRON}/networks?name=private`, (b) => {
    const [n] = b.networks as Record<string, unknown>[];
    return { networks: [n, { ...n, id: "5e1f0000-0000-4000-8000-000000000002" }] };
  });
  const r = await replay(f.argv, f.cloud, exchanges);
  strictEqual(r.code, 1);
  strictEqual(r.stderr, "More than one Network exists with the name 'private'.\n");
});

Deno.test("network show: Neutron refusing → python's 'Error while executing command'", async () => {
  const f = loadFixture("network_show");
  const exchanges = f.exchanges.map((e) =>
    e.url.endsWith("?name=private")
      ? { ...e, status: 403, body: '{"NeutronError": {"message": "Not allowed."}}' }
      : e
  );
  const r = await replay(f.argv, f.cloud, exchanges);
  strictEqual(r.stderr, "Error while executing command: HttpException: 403, Not allowed.\n");
});

Deno.test("network list filters: openstacksdk's parameters and order", async () => {
  const url =
    `${NEUTRON}/networks?name=n&status=ACTIVE&admin_state_up=False&router%3Aexternal=True` +
    `&shared=False&provider%3Anetwork_type=vlan&provider%3Aphysical_network=phys&provider%3Asegmentation_id=7` +
    `&tags=a%2Cb&tags-any=c&not-tags=d&not-tags-any=e`;
  const r = await replay(
    [
      "network",
      "list",
      "--name",
      "n",
      "--status",
      "ACTIVE",
      "--disable",
      "--external",
      "--no-share",
      "--provider-network-type",
      "vlan",
      "--provider-physical-network",
      "phys",
      "--provider-segment",
      "7",
      "--tags",
      "a,b",
      "--any-tags",
      "c",
      "--not-tags",
      "d",
      "--not-any-tags",
      "e",
    ],
    "admin",
    [jsonExchange(url, { networks: [] })],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.unused, []);
});
