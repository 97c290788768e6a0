/**
 * volume create --source-replicated: python 6.0 keeps it hidden and unused;
 * it only takes part in the source group (one of --image, --snapshot,
 * --source, --source-replicated). Body and messages: python's --debug trace
 * and output against the test cloud for the same arguments.
 */
import { deepStrictEqual, strictEqual } from "node:assert";
import { jsonExchange, replay } from "./replay.ts";

const CINDER = "http://127.0.0.1:8776/v3/fc9c04151eb146818fa4c0aec3de22c0";
const ID = "7a1e0000-0000-4000-8000-00000000000c";

Deno.test("volume create --source-replicated: no lookup, cinderclient's plain body", async () => {
  const r = await replay(
    [
      "volume",
      "create",
      "v1",
      "--size",
      "1",
      "--source-replicated",
      "nope",
      "-f",
      "value",
      "-c",
      "id",
    ],
    "admin",
    [jsonExchange(`${CINDER}/volumes`, { volume: { id: ID, name: "v1", size: 1 } }, 202, "POST")],
  );
  strictEqual(r.code, 0, r.stderr);
  strictEqual(r.stdout, `${ID}\n`);
  deepStrictEqual(r.bodies.get(`POST ${CINDER}/volumes`), {
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
    },
  });
  deepStrictEqual(r.unused, []);
});

Deno.test("volume create --source-replicated: still needs --size", async () => {
  const r = await replay(["volume", "create", "v1", "--source-replicated", "nope"], "admin", []);
  strictEqual(r.code, 1);
  strictEqual(
    r.stderr,
    "--size is a required option if snapshot or source volume is not specified.\n",
  );
  deepStrictEqual(r.requests, []);
});

Deno.test("volume create --source-replicated: one source only; hidden from help", async () => {
  const r = await replay(
    ["volume", "create", "v1", "--source-replicated", "a", "--source", "b"],
    "admin",
    [],
  );
  strictEqual(r.code, 2);
  strictEqual(
    r.stderr.trimEnd().split("\n").pop(),
    "openstack volume create: error: argument --source: not allowed with argument --source-replicated",
  );
  const help = await replay(["help", "volume", "create"], "admin", []);
  strictEqual(help.stdout.includes("--source-replicated"), false);
  strictEqual(help.stdout.includes("--source <volume>"), true);
});
