/**
 * server create / delete in process, against recorded reads plus hand-made
 * write answers. The POST body expected here is the one python-openstackclient
 * 6.0 sent for the same options (its --debug trace against the test cloud,
 * microversion 2.1); tests/e2e/write_parity_test.ts compares whole runs.
 */
import { deepStrictEqual, ok, strictEqual } from "node:assert";
import { type Exchange, jsonExchange, loadFixture, replay } from "./replay.ts";

const NOVA = "http://127.0.0.1:8774/v2.1";
const show = loadFixture("server_show_v21");
const net = loadFixture("network_show_json");
const byUrl = (f: typeof show, part: string) => f.exchanges.find((e) => e.url.includes(part))!;

const SERVER = JSON.parse(byUrl(show, "/servers/24aa").body).server;
const IMAGE_ID = SERVER.image.id as string;
const IMAGE = byUrl(show, `/images/${IMAGE_ID}`);
const FLAVOR = byUrl(show, "/flavors/1");
const NET_ID = JSON.parse(byUrl(net, "?name=private").body).networks[0].id as string;
const ID = "5e7a0000-0000-4000-8000-0000000000c1";

const V21 = ["--os-compute-api-version", "2.1"];
const created = {
  server: {
    id: ID,
    links: [],
    "OS-DCF:diskConfig": "MANUAL",
    security_groups: [{ name: "default" }],
    adminPass: "Nova-made-pw1",
  },
};
const state = (status: string, extra: Record<string, unknown> = {}) =>
  jsonExchange(`${NOVA}/servers/${ID}`, {
    server: { ...SERVER, id: ID, name: "n1", status, ...extra },
  });

/** The reads every create of n1 makes, in python's order, then the POST. */
function lookups(): Exchange[] {
  return [
    IMAGE,
    FLAVOR,
    byUrl(net, "/networks/private"),
    byUrl(net, "?name=private"),
    jsonExchange(`${NOVA}/servers`, created, 202, "POST"),
  ];
}

const BASE = [...V21, "server", "create", "n1", "--flavor", "1", "--image", IMAGE_ID];

Deno.test("server create: python's request body for the same options", async () => {
  const r = await replay(
    [
      ...BASE,
      "--network",
      "private",
      "--nic",
      "net-id=private,v4-fixed-ip=10.0.0.77",
      "--property",
      "a=1",
      "--user-data",
      "/ud.txt",
      "--key-name",
      "nokey",
      "--availability-zone",
      "nova",
      "--use-config-drive",
      "--password",
      "Secret123456",
      "--hint",
      "a=1",
      "--hint",
      "a=2",
      "--hint",
      "b=3",
      "-f",
      "json",
    ],
    "admin",
    [
      IMAGE,
      FLAVOR,
      byUrl(net, "/networks/private"),
      byUrl(net, "?name=private"),
      byUrl(net, "/networks/private"),
      byUrl(net, "?name=private"),
      jsonExchange(`${NOVA}/servers`, created, 202, "POST"),
      state("BUILD"),
      FLAVOR,
      IMAGE,
    ],
    {},
    { files: { "/ud.txt": "#cloud-config\n" } },
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`POST ${NOVA}/servers`), {
    "os:scheduler_hints": { a: ["1", "2"], b: "3" },
    server: {
      adminPass: "Secret123456",
      availability_zone: "nova",
      config_drive: true,
      flavorRef: "1",
      imageRef: IMAGE_ID,
      key_name: "nokey",
      max_count: 1,
      metadata: { a: "1" },
      min_count: 1,
      name: "n1",
      networks: [{ uuid: NET_ID }, { fixed_ip: "10.0.0.77", uuid: NET_ID }],
      user_data: "I2Nsb3VkLWNvbmZpZwo=",
    },
  });
  const out = JSON.parse(r.stdout);
  // the POST answer's fields (adminPass) with the GET's on top, as python's _prep_server_detail
  strictEqual(out.adminPass, "Nova-made-pw1");
  strictEqual(out.status, "BUILD");
  strictEqual(out.flavor, "m1.tiny (1)");
  deepStrictEqual(r.unused, []);
});

// python writes "\rProgress: N" to stdout; here it goes to a terminal's stderr only (issue 12)
Deno.test("server create --wait: no progress when piped, a newline, then the server", async () => {
  const r = await replay(
    [...BASE, "--network", "private", "--wait", "-f", "value", "-c", "status"],
    "admin",
    [
      ...lookups(),
      state("BUILD", { progress: 0 }),
      state("BUILD", { progress: 50 }),
      state("ACTIVE"),
      state("ACTIVE"),
      FLAVOR,
      IMAGE,
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, "\nACTIVE\n");
  strictEqual(r.stderr, "");
  deepStrictEqual(r.unused, []);
});

Deno.test("server create --wait: a server in ERROR fails with exit 1", async () => {
  const r = await replay([...BASE, "--network", "private", "--wait"], "admin", [
    ...lookups(),
    state("BUILD"),
    state("ERROR"),
  ]);
  strictEqual(r.code, 1);
  strictEqual(r.stdout, "Error creating server\n");
  strictEqual(r.stderr, "Error creating server: n1\n");
});

Deno.test("server create --wait: Ctrl-C stops the wait with exit 130", async () => {
  const ctl = new AbortController();
  const r = await replay(
    [...BASE, "--network", "private", "--wait"],
    "admin",
    [...lookups(), state("BUILD"), state("BUILD")],
    {},
    { signal: ctl.signal, sleep: () => Promise.resolve(ctl.abort(new Error("interrupted"))) },
  );
  strictEqual(r.code, 130);
  strictEqual(r.stderr, "Interrupted\n");
});

Deno.test("server create: bad option values fail before any request", async () => {
  const cases: [string[], number, string][] = [
    [["--network", "a,b"], 1, "Invalid argument a,b; characters ',' and '=' are not allowed"],
    [
      ["--nic", "foo=1"],
      1,
      "Invalid argument foo=1; argument must be of form 'net-id=net-uuid,port-id=port-uuid,v4-fixed-ip=ip-addr,v6-fixed-ip=ip-addr,tag=tag'",
    ],
    [["--property", "foo"], 1, "Expected 'key=value' type, but got: foo"],
    [
      ["--nic", "auto", "--network", "private"],
      1,
      "Specifying a --nic of auto or none cannot be used with any other --nic, --network or --port value.",
    ],
    [["--min", "3", "--max", "2"], 1, "min instances should be <= max instances"],
  ];
  for (const [extra, code, line] of cases) {
    // image and flavor are looked up before the nic and count checks, as python does
    const needsLookups = extra[0] === "--min" || extra[1] === "auto";
    const r = await replay([...BASE, ...extra], "admin", needsLookups ? [IMAGE, FLAVOR] : []);
    strictEqual(r.code, code, `${extra}: ${r.stderr}`);
    strictEqual(r.stderr, line + "\n", extra.join(" "));
    strictEqual(r.stdout, "");
    ok(!r.requests.some((q) => q.startsWith("POST") && q.includes("/servers")), extra.join(" "));
  }
});

Deno.test("server delete --wait: DELETE, then polls until Nova answers 404", async () => {
  const r = await replay(["server", "delete", ID, "--wait"], "admin", [
    state("ACTIVE"),
    { method: "DELETE", url: `${NOVA}/servers/${ID}`, status: 204, headers: {}, body: "" },
    state("ACTIVE", { "OS-EXT-STS:task_state": "deleting" }),
    jsonExchange(`${NOVA}/servers/${ID}`, { itemNotFound: { code: 404, message: "gone" } }, 404),
  ]);
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, "");
  strictEqual(r.stderr, "");
  deepStrictEqual(r.unused, []);
});

Deno.test("server delete: stops at the first server it cannot find", async () => {
  const r = await replay(["server", "delete", "nope", ID], "admin", [
    jsonExchange(`${NOVA}/servers/nope`, { itemNotFound: { code: 404, message: "x" } }, 404),
    jsonExchange(`${NOVA}/servers/detail?name=%5Enope%24`, { servers: [] }),
  ]);
  strictEqual(r.code, 1);
  strictEqual(r.stderr, "No server with a name or ID of 'nope' exists.\n");
  ok(!r.requests.some((q) => q.includes(ID)), "the second server is left alone");
});

Deno.test("server create without a network: none sent before 2.37, 'auto' from 2.37", async () => {
  const bare = ["server", "create", "n1", "--flavor", "1", "--image", IMAGE_ID];
  const answers = () => [
    IMAGE,
    FLAVOR,
    jsonExchange(`${NOVA}/servers`, created, 202, "POST"),
    state("BUILD"),
    FLAVOR,
    IMAGE,
  ];
  // python (novaclient) leaves "networks" out when there are no nics at 2.1
  const old = await replay([...V21, ...bare], "admin", answers());
  strictEqual(old.code, 0, old.stderr);
  const oldBody = old.bodies.get(`POST ${NOVA}/servers`) as { server: Record<string, unknown> };
  ok(!("networks" in oldBody.server), JSON.stringify(oldBody));
  const newer = await replay(["--os-compute-api-version", "2.37", ...bare], "admin", answers());
  strictEqual(newer.code, 0, newer.stderr);
  const newBody = newer.bodies.get(`POST ${NOVA}/servers`) as { server: Record<string, unknown> };
  strictEqual(newBody.server.networks, "auto");
});
