import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { type Exchange, loadFixture, replay, withBody } from "./replay.ts";

const NOVA = "http://127.0.0.1:8774/v2.1";
const GLANCE = "http://127.0.0.1:9292/v2";
const ID = "24aa55e7-750e-4cea-8f2c-02a8235300e5";
const IMAGE_ID = "22410876-5ac4-4d5f-9c77-8de0fb7d2cfd";

/** server show server-1 at 2.1 with the server body edited. */
function edited(edit: (s: Record<string, unknown>) => Record<string, unknown>): Exchange[] {
  const f = loadFixture("server_show_v21");
  return withBody(f.exchanges, `${NOVA}/servers/${ID}`, (b) => ({
    server: edit(b.server as Record<string, unknown>),
  }));
}
const V21 = ["--os-compute-api-version", "2.1"];

Deno.test("server show: booted from volume, no image lookup", async () => {
  const exchanges = edited((s) => ({ ...s, image: "" }))
    .filter((e) => !e.url.startsWith(GLANCE));
  const r = await replay(
    [...V21, "server", "show", "server-1", "-c", "image", "-f", "value"],
    "admin",
    exchanges,
  );
  strictEqual(r.stdout, "N/A (booted from volume)\n");
  deepStrictEqual(r.unused, []);
});

Deno.test("server show: failed image and flavor lookups show the bare ids", async () => {
  const exchanges = loadFixture("server_show_v21").exchanges.map((e) =>
    e.url === `${NOVA}/flavors/1` || e.url === `${GLANCE}/images/${IMAGE_ID}`
      ? { ...e, status: 404, body: "" }
      : e
  );
  const r = await replay(
    [...V21, "server", "show", "server-1", "-c", "flavor", "-c", "image", "-f", "value"],
    "admin",
    exchanges,
  );
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, `1\n${IMAGE_ID}\n`);
});

Deno.test("server show by id: one GET, no name search", async () => {
  const f = loadFixture("server_show_v21");
  const exchanges = f.exchanges.filter((e) =>
    !e.url.includes("/servers/server-1") && !e.url.includes("detail?")
  );
  const r = await replay([...V21, "server", "show", ID], "admin", exchanges);
  strictEqual(r.stdout, f.python.stdout);
  deepStrictEqual(r.unused, []);
});

Deno.test("server show: power states, attached volumes and tags as python formats them", async () => {
  const exchanges = edited((s) => ({
    ...s,
    "OS-EXT-STS:power_state": 4,
    "os-extended-volumes:volumes_attached": [
      { id: "v-1", delete_on_termination: false },
      { id: "v-2", delete_on_termination: true },
    ],
    tags: ["web", "db"],
  }));
  const argv = [...V21, "server", "show", "server-1"];
  const table = await replay(
    [...argv, "-c", "OS-EXT-STS:power_state", "-c", "tags", "-c", "volumes_attached"],
    "admin",
    exchanges,
  );
  // cliff's TableFormatter.emit_one over PowerStateColumn, ListColumn, ListDictColumn
  strictEqual(
    table.stdout,
    [
      "+------------------------+-----------------------------------------+",
      "| Field                  | Value                                   |",
      "+------------------------+-----------------------------------------+",
      "| OS-EXT-STS:power_state | Shutdown                                |",
      "| tags                   | db, web                                 |",
      "| volumes_attached       | delete_on_termination='False', id='v-1' |",
      "|                        | delete_on_termination='True', id='v-2'  |",
      "+------------------------+-----------------------------------------+",
      "",
    ].join("\n"),
  );
  const json = JSON.parse((await replay([...argv, "-f", "json"], "admin", exchanges)).stdout);
  strictEqual(json["OS-EXT-STS:power_state"], 4);
  deepStrictEqual(json.tags, ["web", "db"]);
  deepStrictEqual(json.volumes_attached[1], { id: "v-2", delete_on_termination: true });
  const odd = edited((s) => ({ ...s, "OS-EXT-STS:power_state": 9 }));
  const r = await replay([...argv, "-c", "OS-EXT-STS:power_state", "-f", "value"], "admin", odd);
  strictEqual(r.stdout, "9\n");
  const t = await replay([...argv, "-c", "OS-EXT-STS:power_state"], "admin", odd);
  ok(t.stdout.includes("| N/A   |"), t.stdout);
});

Deno.test("server show --topology below 2.78: python's message, after finding the server", async () => {
  const f = loadFixture("server_show_v21");
  const exchanges = f.exchanges.filter((e) => e.url.startsWith(`${NOVA}/servers`));
  const r = await replay([...V21, "server", "show", "server-1", "--topology"], "admin", exchanges);
  strictEqual(r.code, 1);
  strictEqual(
    r.stderr,
    "--os-compute-api-version 2.78 or greater is required to support the --topology option\n",
  );
  ok(!r.requests.some((q) => q.endsWith("/topology")));
});
