// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const V27 = "--os-volume-api-version 3.27";
const V44 = "--os-volume-api-version 3.44";
/** The connection info names the attachment, whose id each client has its own of. */
const Properties = (v: unknown) => v && typeof v === "object" ? { ...v as Record<string, unknown>, attachment_id: "<id>" } : v;

export default [
  read("volume attachment list", { compare: "error", name: "volume attachment list needs 3.27" }),
  read(`${V27} volume attachment list --project demo --status attached --volume-id e2e-no-such-volume --limit 2`, { name: "volume attachment list with filters (empty)" }),
  read(`${V27} volume attachment show e2e-no-such-attachment`, { compare: "error" }),
  read(`${V27} volume attachment delete e2e-no-such-attachment`, { compare: "error" }),
  read(`${V27} volume attachment set e2e-no-such-attachment --host h`, { compare: "error" }),
  read(`${V27} volume attachment complete e2e-no-such-attachment`, { compare: "error", name: "volume attachment complete needs 3.44" }),
  read(`${V44} volume attachment complete e2e-no-such-attachment`, { compare: "error" }),
  read(`${V27} volume attachment create volume-1 server-1 --initiator x`, { compare: "error", name: "volume attachment create: connector options need --connect" }),
  read(`${V27} volume attachment create volume-1 server-1 --mode rw`, { compare: "error", name: "volume attachment create --mode needs 3.54" }),
  read(`${V27} volume attachment create e2e-no-such-volume server-1`, { compare: "error" }),
  read(`${V27} volume attachment create volume-1 e2e-no-such-server`, { compare: "error" }),
  // a reservation on the seeded server-1 (Cinder only: Nova is not told), then connected and completed
  write({ name: "volume attachment create, set, complete, delete", setup: ["volume create {name}-v --size 1", "volume show {name}-v"], create: `${V44} volume attachment create {name}-v server-1`, change: [`${V44} volume attachment set {id} --initiator iqn.e2e --host e2e-host --multipath`, `${V44} volume attachment complete {id}`], show: `${V44} volume attachment show {id}`, delete: `${V44} volume attachment delete {id}`, teardown: ["volume delete {name}-v"], idKey: "ID", volatile: ["ID", "Volume ID", "Attached At"], masks: { Properties } }),
];
