/**
 * volume create / delete in process. The request bodies, messages and exit
 * codes expected here are python-openstackclient 6.0's for the same
 * arguments, read from its --debug trace (the REQ lines) and its output
 * against the test cloud; tests/e2e/write_parity_test.ts compares the two
 * clients end to end.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { type Exchange, jsonExchange, loadFixture, replay } from "./replay.ts";

const CINDER = "http://127.0.0.1:8776/v3/fc9c04151eb146818fa4c0aec3de22c0";
const GLANCE = "http://127.0.0.1:9292/v2";
const recorded = loadFixture("volume_show_json");
/** volume-1 as GET /volumes/detail shows it (with the admin-only attributes). */
const VOLUME_1 = JSON.parse(recorded.exchanges[1].body).volumes[0];
const NEW_ID = "7a1e0000-0000-4000-8000-00000000000b";

/** What Cinder answers to POST /volumes (202): fewer keys than a GET, status "creating". */
function created(extra: Record<string, unknown> = {}) {
  return {
    id: NEW_ID,
    status: "creating",
    size: 1,
    availability_zone: "nova",
    created_at: "2026-11-27T00:21:27.619945",
    updated_at: null,
    name: "v1",
    description: null,
    volume_type: "__DEFAULT__",
    snapshot_id: null,
    source_volid: null,
    metadata: {},
    links: [{ rel: "self", href: `${CINDER}/volumes/${NEW_ID}` }],
    user_id: VOLUME_1.user_id,
    bootable: "false",
    encrypted: false,
    replication_status: null,
    consistencygroup_id: null,
    multiattach: false,
    attachments: [],
    migration_status: null,
    ...extra,
  };
}

/** cinderclient's body: every key, null where not given, metadata {} at least. */
const body = (extra: Record<string, unknown> = {}) => ({
  volume: {
    size: 1,
    consistencygroup_id: null,
    snapshot_id: null,
    name: "v1",
    description: null,
    volume_type: null,
    availability_zone: null,
    metadata: {},
    imageRef: null,
    source_volid: null,
    backup_id: null,
    ...extra,
  },
});

const post = (v: unknown) => jsonExchange(`${CINDER}/volumes`, { volume: v }, 202, "POST");
const empty = (method: string, url: string, status: number): Exchange => ({
  method,
  url,
  status,
  headers: { "content-type": "application/json" },
  body: "",
});
const notFound = (url: string, what: string) =>
  jsonExchange(url, { itemNotFound: { code: 404, message: `${what} could not be found.` } }, 404);
const ACTION = `POST ${CINDER}/volumes/${NEW_ID}/action`;

Deno.test("volume create: cinderclient's body, then the bootable action", async () => {
  const v = created({ description: "d x", metadata: { a: "1", b: "2" } });
  const r = await replay(
    [
      "volume",
      "create",
      "v1",
      "--size",
      "1",
      "--description",
      "d x",
      "--property",
      "a=1",
      "--property",
      "b=2",
      "--type",
      "__DEFAULT__",
      "--availability-zone",
      "nova",
      "--bootable",
      "-f",
      "json",
    ],
    "admin",
    [post(v), empty("POST", `${CINDER}/volumes/${NEW_ID}/action`, 200)],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(
    r.bodies.get(`POST ${CINDER}/volumes`),
    body({
      description: "d x",
      volume_type: "__DEFAULT__",
      availability_zone: "nova",
      metadata: { a: "1", b: "2" },
    }),
  );
  deepStrictEqual(r.bodies.get(ACTION), { "os-set_bootable": { bootable: true } });
  // the create answer, sorted, metadata as properties, volume_type as type, no links
  const out = JSON.parse(r.stdout);
  deepStrictEqual(Object.keys(out), Object.keys(out).sort());
  deepStrictEqual(out.properties, { a: "1", b: "2" });
  strictEqual(out.type, "__DEFAULT__");
  strictEqual(out.status, "creating");
  // python shows what the create said, not the flag it set afterwards
  strictEqual(out.bootable, "false");
  strictEqual("links" in out || "metadata" in out || "volume_type" in out, false);
  strictEqual(r.stderr, "");
  deepStrictEqual(r.unused, []);
});

Deno.test("volume create: the table python prints", async () => {
  const v = created({ metadata: { k: "v", k2: "v2" }, description: "a b" });
  const r = await replay(
    ["volume", "create", "v1", "--size", "1", "--property", "k=v", "--property", "k2=v2"],
    "admin",
    [post(v)],
  );
  strictEqual(r.code, 0, r.stderr);
  // python-openstackclient 6.0's table for such an answer
  strictEqual(
    r.stdout,
    `+---------------------+--------------------------------------+
| Field               | Value                                |
+---------------------+--------------------------------------+
| attachments         | []                                   |
| availability_zone   | nova                                 |
| bootable            | false                                |
| consistencygroup_id | None                                 |
| created_at          | 2026-11-27T00:21:27.619945           |
| description         | a b                                  |
| encrypted           | False                                |
| id                  | ${NEW_ID} |
| migration_status    | None                                 |
| multiattach         | False                                |
| name                | v1                                   |
| properties          | k='v', k2='v2'                       |
| replication_status  | None                                 |
| size                | 1                                    |
| snapshot_id         | None                                 |
| source_volid        | None                                 |
| status              | creating                             |
| type                | __DEFAULT__                          |
| updated_at          | None                                 |
| user_id             | ${VOLUME_1.user_id}     |
+---------------------+--------------------------------------+
`,
  );
});

Deno.test("volume create: a refused read-only flag is logged; the volume still shows", async () => {
  const refusal = {
    badRequest: {
      code: 400,
      message:
        `Invalid volume: Volume ${NEW_ID} status must be available to update readonly flag, but current status is: creating.`,
    },
  };
  const r = await replay(
    ["volume", "create", "v1", "--size", "1", "--non-bootable", "--read-only", "-f", "value"],
    "admin",
    [
      post(created()),
      empty("POST", `${CINDER}/volumes/${NEW_ID}/action`, 200),
      {
        ...jsonExchange(`${CINDER}/volumes/${NEW_ID}/action`, refusal, 400, "POST"),
        headers: { "content-type": "application/json", "x-openstack-request-id": "req-1" },
      },
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  strictEqual(
    r.stderr,
    `Failed to set volume read-only access mode flag: Invalid volume: Volume ${NEW_ID} status ` +
      "must be available to update readonly flag, but current status is: creating. " +
      "(HTTP 400) (Request-ID: req-1)\n",
  );
  // both actions were sent, in python's order (the last body is the read-only one)
  deepStrictEqual(r.requests.filter((q) => q === ACTION).length, 2);
  deepStrictEqual(r.bodies.get(ACTION), { "os-update_readonly_flag": { readonly: true } });
  strictEqual(r.stdout.split("\n").includes(NEW_ID), true, r.stdout);
});

Deno.test("volume create --source: found by name, size left to Cinder (null)", async () => {
  const r = await replay(
    ["volume", "create", "v1", "--source", "volume-1", "-f", "value", "-c", "source_volid"],
    "admin",
    [...recorded.exchanges, post(created({ source_volid: VOLUME_1.id }))],
  );
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, `${VOLUME_1.id}\n`);
  deepStrictEqual(
    r.bodies.get(`POST ${CINDER}/volumes`),
    body({ size: null, source_volid: VOLUME_1.id }),
  );
  deepStrictEqual(r.unused, []);
});

Deno.test("volume create --snapshot: size is at least the snapshot's; hints beside", async () => {
  const snap = { id: "5a970000-0000-4000-8000-000000000001", name: "s1", size: 3 };
  const r = await replay(
    [
      "volume",
      "create",
      "v1",
      "--snapshot",
      "s1",
      "--size",
      "2",
      "--hint",
      "a=b",
      "--hint",
      "a=c",
      "-f",
      "value",
      "-c",
      "id",
    ],
    "admin",
    [
      notFound(`${CINDER}/snapshots/s1`, "Snapshot s1"),
      jsonExchange(`${CINDER}/snapshots/detail?all_tenants=1&name=s1`, { snapshots: [snap] }),
      post(created({ size: 3, snapshot_id: snap.id })),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`POST ${CINDER}/volumes`), {
    ...body({ size: 3, snapshot_id: snap.id }),
    "OS-SCH-HNT:scheduler_hints": { a: "c" },
  });
  deepStrictEqual(r.unused, []);
});

Deno.test("volume create --image: openstacksdk's lookup, its message when missing", async () => {
  const image = { id: "2e17afc8-40c6-4bcc-b681-40bdd71d429c", name: "cirros" };
  const ok = await replay(
    ["volume", "create", "v1", "--size", "1", "--image", "cirros", "-f", "value", "-c", "id"],
    "admin",
    [
      jsonExchange(`${GLANCE}/images/cirros`, { message: "No image found" }, 404),
      jsonExchange(`${GLANCE}/images?name=cirros`, { images: [image] }),
      post(created({ bootable: "true" })),
    ],
  );
  strictEqual(ok.code, 0, ok.stderr);
  deepStrictEqual(ok.bodies.get(`POST ${CINDER}/volumes`), body({ imageRef: image.id }));

  const missing = await replay(
    ["volume", "create", "v1", "--size", "1", "--image", "nope"],
    "admin",
    [
      jsonExchange(`${GLANCE}/images/nope`, { message: "No image found" }, 404),
      jsonExchange(`${GLANCE}/images?name=nope`, { images: [] }),
      // openstacksdk's Image.find looks among the hidden images last
      jsonExchange(`${GLANCE}/images?os_hidden=True`, { images: [] }),
    ],
  );
  strictEqual(missing.code, 1);
  strictEqual(missing.stderr, "No Image found for nope\n");
  strictEqual(missing.requests.some((q) => q.startsWith(`POST ${CINDER}`)), false);
});

Deno.test("volume create: a missing snapshot, source or group in osc_lib's words", async () => {
  const cases: [string[], Exchange[], string][] = [
    [
      ["--snapshot", "nope"],
      [
        notFound(`${CINDER}/snapshots/nope`, "Snapshot nope"),
        jsonExchange(`${CINDER}/snapshots/detail?all_tenants=1&name=nope`, { snapshots: [] }),
      ],
      "No snapshot with a name or ID of 'nope' exists.",
    ],
    [
      ["--source", "nope"],
      [
        notFound(`${CINDER}/volumes/nope`, "Volume nope"),
        jsonExchange(`${CINDER}/volumes/detail?all_tenants=1&name=nope`, { volumes: [] }),
      ],
      "No volume with a name or ID of 'nope' exists.",
    ],
    [
      ["--size", "1", "--consistency-group", "nope"],
      [
        notFound(`${CINDER}/consistencygroups/nope`, "Group nope"),
        jsonExchange(`${CINDER}/consistencygroups/detail?all_tenants=1&name=nope`, {
          consistencygroups: [],
        }),
      ],
      "No consistencygroup with a name or ID of 'nope' exists.",
    ],
  ];
  for (const [args, exchanges, message] of cases) {
    const r = await replay(["volume", "create", "v1", ...args], "admin", exchanges);
    strictEqual(r.code, 1, args.join(" "));
    strictEqual(r.stderr, message + "\n");
    deepStrictEqual(r.unused, []);
  }
});

Deno.test("volume create: Cinder's refusal as cinderclient words it", async () => {
  const r = await replay(["volume", "create", "v1", "--size", "100000"], "admin", [
    {
      ...jsonExchange(
        `${CINDER}/volumes`,
        {
          overLimit: {
            code: 413,
            message: "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds " +
              "allowed gigabytes quota. Requested 100000G, quota is 1000G and 3G has been consumed.",
            retryAfter: "0",
          },
        },
        413,
        "POST",
      ),
      headers: {
        "content-type": "application/json",
        "retry-after": "0",
        "x-openstack-request-id": "req-7c0c818c-a36f-45f4-b86c-cdc406f7f633",
      },
    },
  ]);
  strictEqual(r.code, 1);
  strictEqual(r.stdout, "");
  strictEqual(
    r.stderr,
    "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes " +
      "quota. Requested 100000G, quota is 1000G and 3G has been consumed. (HTTP 413) " +
      "(Request-ID: req-7c0c818c-a36f-45f4-b86c-cdc406f7f633)\n",
  );
  // a POST is never sent twice
  deepStrictEqual(r.requests.filter((q) => q.includes(":8776/")), [`POST ${CINDER}/volumes`]);
});

Deno.test("volume create: python's checks, before any request", async () => {
  const SIZE = "--size is a required option if snapshot or source volume is not specified.";
  const cases: [string[], number, string][] = [
    [[], 1, SIZE],
    // --image is no source of a size
    [["--image", "cirros"], 1, SIZE],
    // "" is no snapshot
    [["--snapshot", ""], 1, SIZE],
    [["--size", "1", "--property", "foo"], 1, "Expected 'key=value' type, but got: foo"],
    [["--size", "1", "--property", "=x"], 1, "Property key must be specified: =x"],
    [["--size", "1", "--hint", "h"], 1, "Expected 'key=value' type, but got: h"],
    [
      ["--size", "abc"],
      2,
      "openstack volume create: error: argument --size: invalid int value: 'abc'",
    ],
    [
      ["--size", "1", "--bootable", "--non-bootable"],
      2,
      "openstack volume create: error: argument --non-bootable: not allowed with argument --bootable",
    ],
    [
      ["--size", "1", "--read-only", "--read-write"],
      2,
      "openstack volume create: error: argument --read-write: not allowed with argument --read-only",
    ],
    [
      ["--size", "1", "--image", "a", "--snapshot", "b"],
      2,
      "openstack volume create: error: argument --snapshot: not allowed with argument --image",
    ],
  ];
  for (const [args, code, message] of cases) {
    const r = await replay(["volume", "create", "v1", ...args], "admin", []);
    strictEqual(r.code, code, args.join(" "));
    strictEqual(r.stderr.trimEnd().split("\n").pop(), message, args.join(" "));
    deepStrictEqual(r.requests, []);
  }
  const noName = await replay(["volume", "create", "--size", "1"], "admin", []);
  strictEqual(noName.code, 2);
  strictEqual(
    noName.stderr.trimEnd().split("\n").pop(),
    "openstack volume create: error: the following arguments are required: <name>",
  );
});

Deno.test("volume delete: every name is tried; cinderclient's messages; a count", async () => {
  const v = { ...VOLUME_1, id: NEW_ID, name: "v1" };
  const r = await replay(["volume", "delete", "v1", "nope", NEW_ID], "admin", [
    notFound(`${CINDER}/volumes/v1`, "Volume v1"),
    jsonExchange(`${CINDER}/volumes/detail?all_tenants=1&name=v1`, { volumes: [v] }),
    empty("DELETE", `${CINDER}/volumes/${NEW_ID}`, 202),
    notFound(`${CINDER}/volumes/nope`, "Volume nope"),
    jsonExchange(`${CINDER}/volumes/detail?all_tenants=1&name=nope`, { volumes: [] }),
    // the id again: found, but Cinder refuses
    jsonExchange(`${CINDER}/volumes/${NEW_ID}`, { volume: v }),
    {
      ...jsonExchange(
        `${CINDER}/volumes/${NEW_ID}`,
        {
          badRequest: { code: 400, message: "Invalid volume: Volume status must be available." },
        },
        400,
        "DELETE",
      ),
      headers: { "content-type": "application/json", "x-openstack-request-id": "req-2" },
    },
  ]);
  strictEqual(r.code, 1);
  strictEqual(r.stdout, "");
  strictEqual(
    r.stderr,
    "Failed to delete volume with name or ID 'nope': No volume with a name or ID of 'nope' exists.\n" +
      `Failed to delete volume with name or ID '${NEW_ID}': Invalid volume: Volume status must ` +
      "be available. (HTTP 400) (Request-ID: req-2)\n" +
      "2 of 3 volumes failed to delete.\n",
  );
  deepStrictEqual(r.unused, []);
});

Deno.test("volume delete --purge cascades; --force is the os-force_delete action", async () => {
  const v = { ...VOLUME_1, id: NEW_ID, name: "v1" };
  const purge = await replay(["volume", "delete", "--purge", NEW_ID], "admin", [
    jsonExchange(`${CINDER}/volumes/${NEW_ID}`, { volume: v }),
    empty("DELETE", `${CINDER}/volumes/${NEW_ID}?cascade=True`, 202),
  ]);
  strictEqual(purge.code, 0, purge.stderr);
  strictEqual(purge.stdout + purge.stderr, "");
  deepStrictEqual(purge.unused, []);

  const force = await replay(["volume", "delete", "--force", NEW_ID], "admin", [
    jsonExchange(`${CINDER}/volumes/${NEW_ID}`, { volume: v }),
    empty("POST", `${CINDER}/volumes/${NEW_ID}/action`, 202),
  ]);
  strictEqual(force.code, 0, force.stderr);
  deepStrictEqual(force.bodies.get(ACTION), { "os-force_delete": null });
  deepStrictEqual(force.unused, []);

  const both = await replay(["volume", "delete", "--force", "--purge", NEW_ID], "admin", []);
  strictEqual(both.code, 2);
  strictEqual(
    both.stderr.trimEnd().split("\n").pop(),
    "openstack volume delete: error: argument --purge: not allowed with argument --force",
  );
  deepStrictEqual(both.requests, []);
});
