import { deepStrictEqual } from "node:assert";
import { attachmentShow, connector } from "../../../src/resources/volume/attachment.ts";
import { groupTypeShow } from "../../../src/resources/volume/group_type.ts";
import { clusterShow } from "../../../src/resources/volume/cluster.ts";
import { isFormatted } from "../../../src/output/types.ts";

const human = (v: unknown) => (isFormatted(v) ? v.human : v);

Deno.test("connector: every key python's connector dict has, None where not given", () => {
  // volume_attachment.py: initiator, ip, platform, host, os_type, multipath, mountpoint
  deepStrictEqual(connector({ initiator: "iqn.e2e", host: "h", multipath: true }), {
    initiator: "iqn.e2e",
    ip: null,
    platform: null,
    host: "h",
    os_type: null,
    multipath: true,
    mountpoint: null,
  });
});

Deno.test("attachment show: python's eight fields, missing ones blank, connection info as a dict", () => {
  // the fields of python's `volume attachment show` of a reservation on the test cloud
  const r = attachmentShow({
    id: "a",
    volume_id: "v",
    instance: "s",
    status: "reserved",
    attach_mode: "null",
    attached_at: "",
    detached_at: "",
    connection_info: { access_mode: "rw", encrypted: false },
  });
  deepStrictEqual(r.fields, [
    "ID",
    "Volume ID",
    "Instance ID",
    "Status",
    "Attach Mode",
    "Attached At",
    "Detached At",
    "Properties",
  ]);
  deepStrictEqual(r.values.map(human), [
    "a",
    "v",
    "s",
    "reserved",
    "null",
    "",
    "",
    "access_mode='rw', encrypted='False'",
  ]);
});

Deno.test("group type and cluster show: fixed fields; a key the answer lacks is blank", () => {
  const t = groupTypeShow({ id: "g", name: "n", is_public: false, group_specs: { a: "b" } });
  deepStrictEqual(t.fields, ["ID", "Name", "Description", "Is Public", "Properties"]);
  deepStrictEqual(t.values.map(human), ["g", "n", "", false, "a='b'"]);
  const c = clusterShow({ name: "c", binary: "cinder-volume", state: "up", status: "enabled" });
  deepStrictEqual(c.fields.length, 13);
  deepStrictEqual(c.values.slice(0, 5), ["c", "cinder-volume", "up", "enabled", ""]);
});
