/**
 * volume group and volume group snapshot in process. The request bodies and outputs expected
 * here are python-openstackclient 6.0's (cinderclient's groups and group_snapshots managers),
 * read from its --debug trace and its output against the test cloud.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { type Exchange, jsonExchange, replay } from "./replay.ts";

const CINDER = "http://127.0.0.1:8776/v3/fc9c04151eb146818fa4c0aec3de22c0";
const G = "4a018c4c-7595-4fe9-9e80-146cf953afc2";
const S = "c3314725-730b-473d-80fc-3eef5612b3d3";
const T = "046ab5fb-5b7c-4864-b4c9-9d398df642d6";
const V14 = ["--os-volume-api-version", "3.14"];

const GROUP = {
  id: G,
  status: "available",
  availability_zone: "nova",
  created_at: "2026-12-03T11:20:26.000000",
  name: "g",
  description: "d",
  group_type: T,
  volume_types: ["0fd0400e-5ba1-4ba2-9bd0-a931a00164e3"],
};

/** find_resource: the GET by name fails, the name filter finds it. */
const findGroup: Exchange[] = [
  jsonExchange(`${CINDER}/groups/g`, { itemNotFound: { code: 404, message: "x" } }, 404),
  jsonExchange(`${CINDER}/groups/detail?all_tenants=1&name=g`, { groups: [GROUP] }),
];
const empty = (method: string, url: string, status: number): Exchange => ({
  method,
  url,
  status,
  headers: { "content-type": "application/json" },
  body: "",
});

const values = (stdout: string) => JSON.parse(stdout) as Record<string, unknown>;

Deno.test("volume group snapshot create: the answer's missing fields come from one GET", async () => {
  // Cinder's create answer holds id, name and group_type_id only; cinderclient's resource
  // loads itself when python reads Status, so the rest is the GET's
  const r = await replay(
    [...V14, "volume", "group", "snapshot", "create", "g", "--name", "s", "-f", "json"],
    "admin",
    [
      ...findGroup,
      jsonExchange(
        `${CINDER}/group_snapshots`,
        { group_snapshot: { id: S, name: "s", group_type_id: T } },
        202,
        "POST",
      ),
      jsonExchange(`${CINDER}/group_snapshots/${S}`, {
        group_snapshot: {
          id: S,
          name: "s",
          status: "creating",
          description: null,
          group_id: G,
          group_type_id: T,
          created_at: "2026-12-03T11:22:05.000000",
        },
      }),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`POST ${CINDER}/group_snapshots`), {
    group_snapshot: { group_id: G, name: "s", description: null },
  });
  // python's output for this snapshot
  deepStrictEqual(values(r.stdout), {
    ID: S,
    Status: "creating",
    Name: "s",
    Description: null,
    Group: G,
    "Group Type": T,
  });
  deepStrictEqual(r.unused, []);
});

Deno.test("volume group set: a new description shows python's empty fields", async () => {
  const r = await replay(
    [...V14, "volume", "group", "set", "g", "--description", "e"],
    "admin",
    [...findGroup, empty("PUT", `${CINDER}/groups/${G}`, 202)],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`PUT ${CINDER}/groups/${G}`), { group: { description: "e" } });
  // python-openstackclient 6.0's table after `volume group set <group> --description e`
  strictEqual(
    r.stdout,
    `+-------------------+-------+
| Field             | Value |
+-------------------+-------+
| ID                |       |
| Status            |       |
| Name              |       |
| Description       |       |
| Group Type        |       |
| Volume Types      |       |
| Availability Zone |       |
| Created At        |       |
| Volumes           |       |
| Group Snapshot ID |       |
| Source Group ID   |       |
+-------------------+-------+
`,
  );
});

Deno.test("volume group delete --force and failover: cinderclient's action bodies", async () => {
  const del = await replay(
    [...V14, "volume", "group", "delete", "g", "--force"],
    "admin",
    [...findGroup, empty("POST", `${CINDER}/groups/${G}/action`, 202)],
  );
  strictEqual(del.code, 0, del.stderr);
  deepStrictEqual(del.bodies.get(`POST ${CINDER}/groups/${G}/action`), {
    delete: { "delete-volumes": true },
  });
  const fail = await replay(
    [
      "--os-volume-api-version",
      "3.38",
      "volume",
      "group",
      "failover",
      "g",
      "--allow-attached-volume",
      "--disallow-attached-volume",
    ],
    "admin",
    [...findGroup, empty("POST", `${CINDER}/groups/${G}/action`, 202)],
  );
  strictEqual(fail.code, 0, fail.stderr);
  // the last of the pair wins, as with argparse's shared destination
  deepStrictEqual(fail.bodies.get(`POST ${CINDER}/groups/${G}/action`), {
    failover_replication: { allow_attached_volume: false, secondary_backend_id: null },
  });
});

Deno.test("volume group create: group type, then each volume type, then a GET of the group", async () => {
  const VT = "0fd0400e-5ba1-4ba2-9bd0-a931a00164e3";
  const r = await replay(
    [...V14, "volume", "group", "create", T, VT, "--name", "g", "-f", "json"],
    "admin",
    [
      jsonExchange(`${CINDER}/group_types/${T}`, { group_type: { id: T, name: "gt" } }),
      jsonExchange(`${CINDER}/types/${VT}`, { volume_type: { id: VT, name: "__DEFAULT__" } }),
      jsonExchange(`${CINDER}/groups`, { group: { id: G, name: "g" } }, 202, "POST"),
      jsonExchange(`${CINDER}/groups/${G}`, { group: { ...GROUP, status: "creating" } }),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.bodies.get(`POST ${CINDER}/groups`), {
    group: {
      name: "g",
      description: null,
      group_type: T,
      volume_types: [VT],
      availability_zone: null,
    },
  });
  const out = values(r.stdout);
  strictEqual(out.Status, "creating");
  deepStrictEqual(out["Volume Types"], [VT]);
  // at 3.14 a group has no volumes key: python prints ""
  strictEqual(out.Volumes, "");
  deepStrictEqual(r.unused, []);
});

Deno.test("volume group list: all_tenants is the flag, else ALL_PROJECTS as it is, else False", async () => {
  const list = (
    q: string,
  ) => [jsonExchange(`${CINDER}/groups/detail?all_tenants=${q}`, { groups: [GROUP] })];
  for (
    const [argv, env, q] of [
      [[], {}, "False"],
      [["--all-projects"], {}, "True"],
      [[], { ALL_PROJECTS: "1" }, "1"],
    ] as [string[], Record<string, string>, string][]
  ) {
    const r = await replay(
      [...V14, "volume", "group", "list", ...argv, "-f", "value"],
      "admin",
      list(q),
      env,
    );
    strictEqual(r.code, 0, r.stderr);
    strictEqual(r.stdout, `${G} available g\n`);
  }
});
