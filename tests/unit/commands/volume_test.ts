import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { jsonExchange, loadFixture, replay, withBody } from "./replay.ts";

const CINDER = "http://127.0.0.1:8776/v3/fc9c04151eb146818fa4c0aec3de22c0";
const NOVA = "http://127.0.0.1:8774/v2.1";
const oracle = JSON.parse(
  Deno.readTextFileSync(new URL("./fixtures/python_oracle.json", import.meta.url)),
);

/** volume-1 attached to server-1 and to a server the caller cannot see (python_oracle.py). */
function attached(name: string) {
  const f = loadFixture(name);
  const exchanges = withBody(f.exchanges, `${CINDER}/volumes/detail`, (b) => {
    const [v] = b.volumes as Record<string, unknown>[];
    return {
      ...b,
      volumes: [{ ...v, status: "in-use", attachments: oracle.volume_attachments.attachments }],
    };
  });
  const server = JSON.parse(loadFixture("server_show_v21").exchanges[2].body).server;
  exchanges.push(
    jsonExchange(`${NOVA}/servers`, { servers: [{ id: server.id, name: server.name }] }),
  );
  return { f, exchanges };
}

Deno.test("volume list: Attached to names the caller's servers, else shows the id", async () => {
  const { f, exchanges } = attached("volume_list");
  const r = await replay([...f.argv, "-f", "value", "-c", "Attached to"], f.cloud, exchanges);
  // the value format prints the machine-readable attachments
  strictEqual(r.stdout.startsWith("[{'server_id': "), true, r.stdout);
  const csv = await replay([...f.argv, "-f", "csv", "-c", "Attached to"], f.cloud, exchanges);
  ok(csv.stdout.includes("server_id"), csv.stdout);
  const table = await replay([...f.argv, "-c", "Attached to"], f.cloud, exchanges);
  ok(table.stdout.includes(`| ${oracle.volume_attachments.human} |`), table.stdout);
  const json = await replay([...f.argv, "-f", "json"], f.cloud, exchanges);
  deepStrictEqual(JSON.parse(json.stdout)[0]["Attached to"], oracle.volume_attachments.attachments);
  deepStrictEqual(table.unused, []);
});

Deno.test("volume list asks Nova for server names only when a volume is attached", async () => {
  const f = loadFixture("volume_list");
  const r = await replay(f.argv, f.cloud, f.exchanges);
  ok(!r.requests.some((q) => q.includes(":8774/")), r.requests.join("\n"));
});

Deno.test("volume list: Nova failing still lists the volumes, with server ids", async () => {
  const { f, exchanges } = attached("volume_list");
  const broken = exchanges.map((e) => e.url === `${NOVA}/servers` ? { ...e, status: 403 } : e);
  const r = await replay([...f.argv, "-c", "Attached to"], f.cloud, broken);
  strictEqual(r.code, 0, r.stderr);
  ok(r.stdout.includes("Attached to 24aa55e7-750e-4cea-8f2c-02a8235300e5 on /dev/vdb"), r.stdout);
});

Deno.test("volume list --all-projects --long: cinderclient's query, sorted", async () => {
  const f = loadFixture("volume_list_long");
  const url = `${CINDER}/volumes/detail?all_tenants=True&name=volume-1&status=available`;
  const exchanges = [{ ...f.exchanges[0], url }];
  const r = await replay(
    ["volume", "list", "--all-projects", "--long", "--name", "volume-1", "--status", "available"],
    f.cloud,
    exchanges,
  );
  strictEqual(r.stdout, f.python.stdout);
});

Deno.test("volume list follows volumes_links; --limit 0 means no limit", async () => {
  const f = loadFixture("volume_list");
  const [v] = JSON.parse(f.exchanges[0].body).volumes;
  const second = { ...v, id: "7a1e0000-0000-4000-8000-000000000002", name: "volume-2" };
  const exchanges = [
    jsonExchange(`${CINDER}/volumes/detail`, {
      volumes: [v],
      volumes_links: [{ rel: "next", href: `${CINDER}/volumes/detail?marker=${v.id}` }],
    }),
    jsonExchange(`${CINDER}/volumes/detail?marker=${v.id}`, { volumes: [second] }),
  ];
  const r = await replay(
    ["volume", "list", "--limit", "0", "-f", "value", "-c", "Name"],
    f.cloud,
    exchanges,
  );
  strictEqual(r.stdout, "volume-1\nvolume-2\n");
});

Deno.test("volume show: two volumes of one name", async () => {
  const f = loadFixture("volume_show");
  const url = `${CINDER}/volumes/detail?all_tenants=1&name=volume-1`;
  const exchanges = withBody(f.exchanges, url, (b) => {
    const [v] = b.volumes as Record<string, unknown>[];
    return { volumes: [v, { ...v, id: "7a1e0000-0000-4000-8000-000000000003" }] };
  });
  const r = await replay(f.argv, f.cloud, exchanges);
  strictEqual(r.code, 1);
  strictEqual(r.stderr, "More than one volume exists with the name 'volume-1'.\n");
});
