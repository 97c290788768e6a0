/**
 * console url show and compute service set in process. The request bodies are
 * the ones openstacksdk 0.101 builds (ServerRemoteConsole.create,
 * Server.get_console_url, Service.enable/disable/set_forced_down and
 * update_service); the test cloud refuses every console type, so the shown
 * console comes from Nova's documented answer.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { jsonExchange, replay } from "./replay.ts";

const NOVA = "http://127.0.0.1:8774/v2.1";
const ID = "5e7a0000-0000-4000-8000-0000000000c2";
const SERVER = jsonExchange(`${NOVA}/servers/${ID}`, { server: { id: ID, name: "s1" } });
const pin = (v: string) => ["--os-compute-api-version", v];

Deno.test("console url show 2.8: remote-consoles with openstacksdk's protocol", async () => {
  const url = `${NOVA}/servers/${ID}/remote-consoles`;
  const r = await replay([...pin("2.8"), "console", "url", "show", ID, "--mks"], "admin", [
    SERVER,
    jsonExchange(
      url,
      {
        remote_console: { protocol: "mks", type: "webmks", url: "https://mks.example/?t=1" },
      },
      200,
      "POST",
    ),
  ]);
  strictEqual(r.stderr, "");
  strictEqual(r.code, 0);
  deepStrictEqual(r.bodies.get(`POST ${url}`), {
    remote_console: { protocol: "mks", type: "webmks" },
  });
  strictEqual(
    r.stdout,
    [
      "+----------+--------------------------+",
      "| Field    | Value                    |",
      "+----------+--------------------------+",
      "| protocol | mks                      |",
      "| type     | webmks                   |",
      "| url      | https://mks.example/?t=1 |",
      "+----------+--------------------------+",
      "",
    ].join("\n"),
  );
});

Deno.test("console url show 2.1: the legacy action, its answer's keys", async () => {
  const url = `${NOVA}/servers/${ID}/action`;
  const r = await replay(
    [...pin("2.1"), "console", "url", "show", ID, "--spice", "-f", "json"],
    "admin",
    [
      SERVER,
      jsonExchange(
        url,
        { console: { type: "spice-html5", url: "http://s.example/" } },
        200,
        "POST",
      ),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`POST ${url}`), { "os-getSPICEConsole": { type: "spice-html5" } });
  deepStrictEqual(JSON.parse(r.stdout), { type: "spice-html5", url: "http://s.example/" });
});

const SERVICES = (mv: string) =>
  jsonExchange(`${NOVA}/os-services?binary=nova-compute&host=h1`, {
    services: [{
      id: mv === "2.53" ? "9c1e0000-0000-4000-8000-000000000001" : 3,
      binary: "nova-compute",
      host: "h1",
    }],
  });

Deno.test("compute service set 2.53: one PUT per change, by the service's UUID", async () => {
  const url = `${NOVA}/os-services/9c1e0000-0000-4000-8000-000000000001`;
  const r = await replay(
    [
      ...pin("2.53"),
      "compute",
      "service",
      "set",
      "h1",
      "nova-compute",
      "--disable",
      "--disable-reason",
      "why",
      "--down",
    ],
    "admin",
    [
      SERVICES("2.53"),
      jsonExchange(url, { service: {} }, 200, "PUT"),
      jsonExchange(url, { service: {} }, 200, "PUT"),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.requests.filter((q) => q.startsWith("PUT")), [`PUT ${url}`, `PUT ${url}`]);
  // the replay keeps the last body sent to a URL: the forced-down one
  deepStrictEqual(r.bodies.get(`PUT ${url}`), { forced_down: true });
});

Deno.test("compute service set 2.11: legacy actions by host and binary, force-down at 2.11", async () => {
  const r = await replay(
    [
      ...pin("2.11"),
      "compute",
      "service",
      "set",
      "h1",
      "nova-compute",
      "--disable",
      "--disable-reason",
      "why",
      "--up",
    ],
    "admin",
    [
      jsonExchange(`${NOVA}/os-services/disable-log-reason`, { service: {} }, 200, "PUT"),
      jsonExchange(`${NOVA}/os-services/force-down`, { service: {} }, 200, "PUT"),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`PUT ${NOVA}/os-services/disable-log-reason`), {
    host: "h1",
    binary: "nova-compute",
    disabled_reason: "why",
  });
  deepStrictEqual(r.bodies.get(`PUT ${NOVA}/os-services/force-down`), {
    host: "h1",
    binary: "nova-compute",
    forced_down: false,
  });
  strictEqual(
    r.headers.get(`PUT ${NOVA}/os-services/force-down`)?.get("OpenStack-API-Version"),
    "compute 2.11",
  );
});

const VOL = "0f1e0000-0000-4000-8000-0000000000d1";
const CINDER = "http://127.0.0.1:8776/v3/fc9c04151eb146818fa4c0aec3de22c0";

Deno.test("server add volume 2.79: openstacksdk's body (device null when not given), python's fields", async () => {
  const url = `${NOVA}/servers/${ID}/os-volume_attachments`;
  const exchanges = [
    SERVER,
    jsonExchange(`${CINDER}/volumes/${VOL}`, { volume: { id: VOL, name: "v1" } }),
    jsonExchange(
      url,
      {
        volumeAttachment: {
          id: VOL,
          serverId: ID,
          volumeId: VOL,
          device: "/dev/sdb",
          tag: "t",
          delete_on_termination: false,
        },
      },
      200,
      "POST",
    ),
  ];
  const r = await replay(
    [
      ...pin("2.79"),
      "server",
      "add",
      "volume",
      ID,
      VOL,
      "--tag",
      "t",
      "--disable-delete-on-termination",
      "-f",
      "json",
    ],
    "admin",
    exchanges,
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`POST ${url}`), {
    volumeAttachment: { volumeId: VOL, device: null, tag: "t", delete_on_termination: false },
  });
  deepStrictEqual(JSON.parse(r.stdout), {
    ID: VOL,
    "Server ID": ID,
    "Volume ID": VOL,
    Device: "/dev/sdb",
    Tag: "t",
    "Delete On Termination": false,
  });
});
