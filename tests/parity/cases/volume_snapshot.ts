// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** Two fresh snapshots differ in their id, times and volume (each client snapshots its own). */
const SNAPSHOT = {
  show: "volume snapshot show {name}",
  volatile: ["id", "created_at", "updated_at", "volume_id"],
  settled: (s: Record<string, unknown>) => s.status === "available",
  // the volume must be available before it is snapshotted: the second setup step gives it time
  setup: ["volume create {name}-vol --size 1", "volume show {name}-vol"],
  teardown: ["volume delete --purge {name}-vol"],
};

export default [
  read("volume snapshot list --long", { name: "volume snapshot list --long" }),
  read("volume snapshot list --all-projects --name e2e-none --status available", { name: "volume snapshot list filtered (empty)" }),
  read("volume snapshot list --limit -1", { compare: "error", name: "volume snapshot list --limit negative" }),
  read("volume snapshot list --status e2e-bad", { compare: "usage", name: "volume snapshot list --status bad choice" }),
  read("volume snapshot list --volume e2e-no-such-volume", { compare: "error", name: "volume snapshot list --volume unknown" }),
  read("volume snapshot show e2e-no-such-snapshot", { compare: "error", name: "volume snapshot show unknown" }),
  read("volume snapshot create e2e-no-such-volume", { compare: "error", name: "volume snapshot create: the volume named as the snapshot is unknown" }),
  read("volume snapshot create e2e-never-made --volume volume-1 --property novalue", { compare: "error", name: "volume snapshot create --property without =" }),
  read("volume snapshot delete e2e-no-such-snapshot e2e-no-such-snapshot-2", { compare: "error", name: "volume snapshot delete: unknown names" }),
  read("volume snapshot set e2e-no-such-snapshot --name x", { compare: "error", name: "volume snapshot set: unknown snapshot" }),
  read("volume snapshot unset e2e-no-such-snapshot --property a", { compare: "error", name: "volume snapshot unset: unknown snapshot" }),
  write({ name: "volume snapshot create, set, unset, list; delete", create: "volume snapshot create {name} --volume {name}-vol --description 'made by e2e' --property a=1 --property b=2", change: ["volume snapshot set {name} --description 'set by e2e' --property c=3", "volume snapshot unset {name} --property a", "volume snapshot list --name {name} --long -c Name -c Volume -c Properties", "volume snapshot set {name} --no-property --property d=4 --state available"], delete: "volume snapshot delete {name}", ...SNAPSHOT }),
  write({ name: "volume snapshot create (defaults); delete --force", create: "volume snapshot create {name} --volume {name}-vol", delete: "volume snapshot delete --force {name}", ...SNAPSHOT }),
];
