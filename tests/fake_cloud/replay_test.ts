import assert from "node:assert/strict";
import { argumentSource, firstKey, prefixOf, replay, serviceRoot } from "./replay.ts";

Deno.test("service roots drop the version and project segments", () => {
  assert.equal(serviceRoot("http://127.0.0.1:5000/v3"), "http://127.0.0.1:5000");
  assert.equal(serviceRoot("http://127.0.0.1:8774/v2.1/"), "http://127.0.0.1:8774");
  assert.equal(
    serviceRoot("http://127.0.0.1:8776/v3/0ca2d774968f4039a86d2d3a7bb8821a"),
    "http://127.0.0.1:8776",
  );
  assert.equal(
    serviceRoot("http://h:8080/v1/AUTH_0ca2d774968f4039a86d2d3a7bb8821a"),
    "http://h:8080",
  );
  assert.equal(serviceRoot("http://127.0.0.1:9696/"), "http://127.0.0.1:9696");
  assert.equal(prefixOf("volumev3"), "volume");
  assert.equal(prefixOf("block-storage"), "volume");
});

Deno.test("a command needing an argument takes it from its noun's list", () => {
  const lists = ["network list", "server list"];
  assert.equal(argumentSource("network show", lists), "network list");
  assert.equal(argumentSource("server event list", lists), "server list");
  assert.equal(argumentSource("subnet show", lists), undefined);
  assert.equal(firstKey('[{"ID": "a", "Name": "n"}, {"ID": "b"}]'), "a");
  assert.equal(firstKey('[{"Name": "key1", "Fingerprint": "x"}]'), "key1");
  assert.equal(firstKey("[]"), undefined);
  assert.equal(firstKey("not json"), undefined);
});

Deno.test("replay: placeholders filled, project id matched, HEAD like GET, misses named", async () => {
  const r = replay({
    note: "",
    cloud: "admin",
    services: ["volume"],
    answers: [{
      service: "volume",
      method: "GET",
      path: "/v3/{project_id}/volumes/detail",
      status: 200,
      headers: { "content-type": "application/json" },
      body: '{"volumes": [], "links": "{root:volume}/v3/{project_id}/x"}',
    }],
  });
  const opts = { projectId: "p1", root: (s: string) => `http://fake/${s}` };
  const get = r.answer(
    new Request("http://fake/volume/v3/p1/volumes/detail"),
    "volume",
    "/v3/p1/volumes/detail",
    opts,
  );
  assert.equal(get.status, 200);
  assert.deepEqual(await get.json(), { volumes: [], links: "http://fake/volume/v3/p1/x" });
  const head = r.answer(
    new Request("http://fake/volume/v3/p1/volumes/detail", { method: "HEAD" }),
    "volume",
    "/v3/p1/volumes/detail",
    opts,
  );
  assert.equal(head.status, 200);
  assert.equal(await head.text(), "");
  const miss = r.answer(
    new Request("http://fake/volume/v3/p1/snapshots"),
    "volume",
    "/v3/p1/snapshots",
    opts,
  );
  assert.equal(miss.status, 404);
  assert.match((await miss.json()).error.message, /GET \/volume\/v3\/p1\/snapshots/);
  assert.deepEqual(r.misses, ["GET /volume/v3/p1/snapshots"]);
});
