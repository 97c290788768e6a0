/**
 * volume set / unset in process. The requests expected here are python-openstackclient 6.0's
 * for the same arguments, read from its --debug trace against the test cloud (REQ lines).
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { type Exchange, jsonExchange, replay } from "./replay.ts";

const CINDER = "http://127.0.0.1:8776/v3/fc9c04151eb146818fa4c0aec3de22c0";
const ID = "336df863-a18d-4acd-865f-f1b9705f11a2";
const TYPE_ID = "0fd0400e-5ba1-4ba2-9bd0-a931a00164e3";
const VOLUME = {
  id: ID,
  name: "v1",
  status: "available",
  size: 1,
  metadata: { old: "1" },
  attachments: [],
};
const ok = (method: string, url: string): Exchange => ({
  method,
  url,
  status: 200,
  headers: { "content-type": "application/json" },
  body: "",
});
const ACTION = `${CINDER}/volumes/${ID}/action`;

Deno.test("volume set: python's request order and bodies", async () => {
  const r = await replay(
    [
      "volume",
      "set",
      ID,
      "--no-property",
      "--property",
      "a=1",
      "--image-property",
      "ia=2",
      "--bootable",
      "--read-only",
      "--type",
      "__DEFAULT__",
      "--retype-policy",
      "on-demand",
      "--description",
      "dd",
    ],
    "admin",
    [
      jsonExchange(`${CINDER}/volumes/${ID}`, { volume: VOLUME }),
      ok("DELETE", `${CINDER}/volumes/${ID}/metadata/old`),
      jsonExchange(`${CINDER}/volumes/${ID}/metadata`, { metadata: { a: "1" } }, 200, "POST"),
      ok("POST", ACTION),
      ok("POST", ACTION),
      ok("POST", ACTION),
      jsonExchange(`${CINDER}/types/__DEFAULT__`, { itemNotFound: {} }, 404),
      jsonExchange(`${CINDER}/types?name=__DEFAULT__&is_public=None`, {
        volume_types: [{ id: TYPE_ID, name: "__DEFAULT__" }],
      }),
      ok("POST", ACTION),
      jsonExchange(`${CINDER}/volumes/${ID}`, { volume: VOLUME }, 200, "PUT"),
    ],
  );
  strictEqual(r.code, 0, r.stderr);
  deepStrictEqual(r.requests.filter((q) => q.includes(":8776")), [
    `GET ${CINDER}/volumes/${ID}`,
    `DELETE ${CINDER}/volumes/${ID}/metadata/old`,
    `POST ${CINDER}/volumes/${ID}/metadata`,
    `POST ${ACTION}`,
    `POST ${ACTION}`,
    `POST ${ACTION}`,
    `GET ${CINDER}/types/__DEFAULT__`,
    `GET ${CINDER}/types?name=__DEFAULT__&is_public=None`,
    `POST ${ACTION}`,
    `PUT ${CINDER}/volumes/${ID}`,
  ]);
  deepStrictEqual(r.bodies.get(`POST ${CINDER}/volumes/${ID}/metadata`), { metadata: { a: "1" } });
  // the last action body (the retype) is the one kept under its key
  deepStrictEqual(r.bodies.get(`POST ${ACTION}`), {
    "os-retype": { new_type: TYPE_ID, migration_policy: "on-demand" },
  });
  deepStrictEqual(r.bodies.get(`PUT ${CINDER}/volumes/${ID}`), {
    volume: { display_description: "dd" },
  });
  deepStrictEqual(r.unused, []);
});

Deno.test("volume set --size: refused before any change, logged, and the rest still runs", async () => {
  const r = await replay(
    ["volume", "set", ID, "--size", "1", "--name", "v2"],
    "admin",
    [
      jsonExchange(`${CINDER}/volumes/${ID}`, { volume: VOLUME }),
      jsonExchange(`${CINDER}/volumes/${ID}`, { volume: VOLUME }, 200, "PUT"),
    ],
  );
  strictEqual(r.code, 1);
  // python: LOG.error per failed step, then the CommandError
  strictEqual(
    r.stderr,
    "Failed to set volume size: New size must be greater than 1 GB\n" +
      "One or more of the set operations failed\n",
  );
  deepStrictEqual(r.bodies.get(`PUT ${CINDER}/volumes/${ID}`), { volume: { display_name: "v2" } });
  deepStrictEqual(r.unused, []);
});
