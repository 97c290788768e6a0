// deno-fmt-ignore-file: one case per line
import { read, V21, VMAX, write } from "../case.ts";
import { IMAGE } from "../seed.ts";

/** What two fresh servers never share: ids, times, the password Nova made up. */
const SERVER_VOLATILE = ["id", "created", "updated", "adminPass", "OS-EXT-SRV-ATTR:instance_name", "OS-EXT-SRV-ATTR:reservation_id", "OS-SRV-USG:launched_at"];
const V223 = "--os-compute-api-version 2.23";
const V224 = "--os-compute-api-version 2.24";
const V211 = "--os-compute-api-version 2.11";
const V259 = "--os-compute-api-version 2.59";
const UUID = "6b5d8f5e-1111-4444-9999-000000000000";
/** A server whose migration or resize has finished: no task, ACTIVE or waiting to be confirmed. */
const settled = (s: Record<string, unknown>) => s["OS-EXT-STS:task_state"] === null && ["ACTIVE", "VERIFY_RESIZE"].includes(String(s.status));
const masks = { addresses: (a: unknown) => a && typeof a === "object" ? Object.keys(a).sort() : String(a).replace(/=[^;,]*/g, "=<ip>") };
/** The migrations of one server, without what differs between two servers (ids, times). */
const MIGRATIONS = `${V223} server migration list --server {name} -c Type -c Status -c 'Old Flavor' -c 'New Flavor' -c 'Source Compute' -c 'Dest Compute'`;

/**
 * Resize, cold migration and their confirm/revert, server migration list/show/abort/force complete,
 * rebuild and evacuate. The test cloud's servers live on oscloud (fake driver), which resizes
 * and cold-migrates onto itself; its second host, compute2, is kept disabled, so live migration
 * without a host is refused, and only the case that enables compute2 live-migrates there and
 * evacuates back. Abort and force complete are refused (the fake driver's live migration ends
 * at once), and those refusals are compared. server-1 (seed) is ACTIVE: every read case here fails
 * before changing it or is refused by Nova (python speaks 2.1 unless told: versions are pinned).
 */
export default [
  // not found
  read("server resize e2e-no-such-server --flavor m1.tiny", { compare: "error" }),
  read("server resize server-1 --flavor e2e-no-such-flavor", { compare: "error", name: "server resize: unknown flavor" }),
  ...["migrate", "migration confirm", "rebuild", "evacuate"].map((c) => read(`server ${c} e2e-no-such-server`, { compare: "error" })),
  read(`${V224} server migration show e2e-no-such-server 1`, { compare: "error" }),
  read("server migration list --server e2e-no-such-server", { compare: "error" }),
  // refused by Nova: server-1 is ACTIVE, not waiting for a confirm or revert
  read("server resize confirm server-1", { compare: "error", name: "server resize confirm: nothing to confirm" }),
  read("server resize revert server-1", { compare: "error", name: "server resize revert: nothing to revert" }),
  read("server migration confirm server-1", { compare: "error", name: "server migration confirm: nothing to confirm" }),
  read("server migration revert server-1", { compare: "error", name: "server migration revert: nothing to revert" }),
  // deprecated spellings: python's warning, then the same refusal
  read("server migrate confirm server-1", { compare: "error", name: "server migrate confirm: deprecated, nothing to confirm" }),
  read("server migrate revert server-1", { compare: "error", name: "server migrate revert: deprecated, nothing to revert" }),
  read("server resize server-1 --confirm", { compare: "error", name: "server resize --confirm: deprecated, nothing to confirm" }),
  read("server resize server-1 --revert", { compare: "error", name: "server resize --revert: deprecated, nothing to revert" }),
  read("server resize server-1", { name: "server resize without --flavor does nothing" }),
  // server migrate: python's checks after the lookup; cold migration to its own host is refused
  read("server migrate server-1 --block-migration", { compare: "error", name: "server migrate --block-migration needs --live-migration" }),
  read("server migrate server-1 --disk-overcommit", { compare: "error", name: "server migrate --disk-overcommit needs --live-migration" }),
  read(`${V21} server migrate server-1 --host e2e-host`, { compare: "error", name: "server migrate --host needs 2.56" }),
  read(`${V21} server migrate server-1 --live-migration --host e2e-host`, { compare: "error", name: "server migrate --live-migration --host needs 2.30" }),
  read(`${VMAX} server migrate server-1 --host oscloud`, { compare: "error", name: "server migrate --host: its own host" }),
  // server evacuate: refused while the server's compute service is up
  read(`${V21} server evacuate server-1`, { compare: "error", name: "server evacuate: the compute service is up" }),
  read("--os-compute-api-version 2.13 server evacuate server-1 --shared-storage --host e2e-host", { compare: "error", name: "server evacuate --host needs 2.29" }),
  read("--os-compute-api-version 2.14 server evacuate server-1 --shared-storage", { compare: "error", name: "server evacuate --shared-storage needs 2.13 or earlier" }),
  read(`${VMAX} server evacuate server-1 --host oscloud --password e2e-secret`, { compare: "error", name: "server evacuate --host: its own host" }),
  // server rebuild: checks and lookups
  read("server rebuild server-1 --image e2e-no-such-image", { compare: "error", name: "server rebuild: unknown image" }),
  read(`${V21} server rebuild server-1 --description e2e`, { compare: "error", name: "server rebuild --description needs 2.19" }),
  read(`${V21} server rebuild server-1 --no-key-name`, { compare: "error", name: "server rebuild --no-key-name needs 2.54" }),
  read("--os-compute-api-version 2.54 server rebuild server-1 --no-user-data", { compare: "error", name: "server rebuild --no-user-data needs 2.57 (novaclient)" }),
  read(`${VMAX} server rebuild server-1 --user-data /e2e/no/such/file`, { compare: "error", name: "server rebuild --user-data: no such file" }),
  read(`${V21} server rebuild server-1 --trusted-image-cert e2e`, { compare: "error", name: "server rebuild --trusted-image-cert needs 2.63" }),
  read(`${V21} server rebuild server-1 --hostname e2e`, { compare: "error", name: "server rebuild --hostname needs 2.90" }),
  read("server rebuild server-1 --property novalue", { compare: "error", name: "server rebuild --property without =" }),
  // server migration list: filtered to nothing (write cases add migrations), at three versions
  read(`${V21} server migration list --host e2e-no-such-host`, { name: "server migration list 2.1 (empty)" }),
  read(`${VMAX} server migration list --host e2e-no-such-host --status done --type cold-migration`, { name: "server migration list 2.92 filtered (empty)" }),
  read(`${VMAX} server migration list --host e2e-no-such-host --project admin --user admin -f csv`, { name: "server migration list --project --user (empty)" }),
  read(`${V21} server migration list --limit 1`, { compare: "error", name: "server migration list --limit needs 2.59" }),
  read(`${V21} server migration list --marker ${UUID}`, { compare: "error", name: "server migration list --marker needs 2.59" }),
  read(`${V21} server migration list --changes-since 2016-01-01`, { compare: "error", name: "server migration list --changes-since needs 2.59" }),
  read(`${V259} server migration list --changes-before 2016-01-01`, { compare: "error", name: "server migration list --changes-before needs 2.66" }),
  read(`${V259} server migration list --project admin`, { compare: "error", name: "server migration list --project needs 2.80" }),
  read(`${VMAX} server migration list --marker ${UUID}`, { compare: "error", name: "server migration list: unknown marker" }),
  read(`${VMAX} server migration list --changes-since yesterday`, { compare: "error", name: "server migration list: bad --changes-since (Nova's words)" }),
  read("server migration list --type bogus", { compare: "usage", name: "server migration list: bad --type" }),
  // server migration show / abort / force complete: checks, then Nova's refusals
  read(`${V21} server migration show server-1 1`, { compare: "error", name: "server migration show needs 2.24" }),
  read(`${V224} server migration show server-1 e2e`, { compare: "error", name: "server migration show: not an ID or UUID" }),
  read(`${V224} server migration show server-1 ${UUID}`, { compare: "error", name: "server migration show by UUID needs 2.59" }),
  read(`${V259} server migration show server-1 ${UUID}`, { compare: "error", name: "server migration show: no such UUID" }),
  read(`${V224} server migration show server-1 999999`, { compare: "error", name: "server migration show: no such ID" }),
  read(`${V223} server migration abort server-1 1`, { compare: "error", name: "server migration abort needs 2.24" }),
  read(`${V224} server migration abort server-1 {${UUID}}`, { compare: "error", name: "server migration abort by UUID needs 2.59" }),
  read(`${VMAX} server migration abort server-1 ${UUID}`, { compare: "error", name: "server migration abort: no such UUID" }),
  read(`${VMAX} server migration abort server-1 999999`, { compare: "error", name: "server migration abort: no live migration in progress" }),
  read("--os-compute-api-version 2.21 server migration force complete server-1 1", { compare: "error", name: "server migration force complete needs 2.22" }),
  read(`${VMAX} server migration force complete server-1 e2e`, { compare: "error", name: "server migration force complete: not an ID or UUID" }),
  read(`${VMAX} server migration force complete server-1 999999`, { compare: "error", name: "server migration force complete: no live migration in progress" }),
  // usage
  read("server migrate server-1 --block-migration --shared-migration", { compare: "usage", name: "server migrate: --block-migration with --shared-migration" }),
  read("server migrate server-1 --disk-overcommit --no-disk-overcommit", { compare: "usage", name: "server migrate: --disk-overcommit with --no-disk-overcommit" }),
  read("server resize server-1 --flavor m1.tiny --confirm", { compare: "usage", name: "server resize: --flavor with --confirm" }),
  read("server evacuate server-1 --password x --shared-storage", { compare: "usage", name: "server evacuate: --password with --shared-storage" }),
  read("server rebuild server-1 --key-name k --no-key-name", { compare: "usage", name: "server rebuild: --key-name with --no-key-name" }),
  read("server migration show server-1", { compare: "usage", name: "server migration show without migration" }),
  // resize there and back, then a rebuild (each step takes a while on the fake driver: the
  // other confirms and reverts, the same actions, are compared in their refusals above)
  write({
    name: "server resize, revert, rebuild",
    create: `${V21} server create {name} --flavor m1.tiny --image ${IMAGE} --network private --wait`,
    change: [
      "server resize {name} --flavor m1.small --wait",
      "server resize revert {name}",
      MIGRATIONS,
      `${V21} server rebuild {name} --property e2e=rebuilt --wait -c image -c flavor -c properties -c status -f json`,
    ],
    show: `${V21} server show {name}`,
    delete: "server delete {name} --wait",
    volatile: SERVER_VOLATILE,
    masks,
    settled,
  }),
  // cold migration onto the same host, confirmed and reverted; live migration refused
  write({
    name: "server migrate, confirm, revert; live migration refused",
    create: `${V21} server create {name} --flavor m1.tiny --image ${IMAGE} --network private --wait`,
    change: [
      "server migrate {name} --wait",
      "server migration confirm {name}",
      `${VMAX} server migrate {name}`,
      "server migrate revert {name}",
      `${V21} server migrate {name} --live-migration`,
      "--os-compute-api-version 2.30 server migrate {name} --live-migration --block-migration --disk-overcommit --host oscloud",
      MIGRATIONS,
    ],
    show: `${V21} server show {name}`,
    delete: "server delete {name} --wait",
    volatile: SERVER_VOLATILE,
    masks,
    settled,
  }),
  // compute2 (a second fake host, kept disabled so that no other case's server lands there)
  // is enabled for this case alone: live migration onto it, then, with it forced down,
  // evacuation back to oscloud; the teardown puts compute2 back as up.sh left it
  write({
    name: "server live migration to compute2, evacuation back",
    alone: true,
    setup: ["compute service set --enable compute2 nova-compute"],
    create: `--os-compute-api-version 2.74 server create {name} --flavor m1.tiny --image ${IMAGE} --network private --host oscloud --wait`,
    change: [
      "--os-compute-api-version 2.30 server migrate {name} --live-migration --host compute2 --wait",
      `${V21} server show {name} -c OS-EXT-SRV-ATTR:host -c status -f value`,
      `${V211} compute service set --down compute2 nova-compute`,
      { argv: "--os-compute-api-version 2.29 server evacuate {name} --host oscloud --wait", pythonBug: "crashes once Nova accepted the evacuation ('TupleWithMeta' object has no attribute 'id')" },
      `${V211} compute service set --up compute2 nova-compute`,
      MIGRATIONS,
    ],
    show: `${V21} server show {name}`,
    delete: "server delete {name} --wait",
    teardown: [`${V211} compute service set --up compute2 nova-compute`, "compute service set --disable --disable-reason 'spare host for migration cases' compute2 nova-compute"],
    volatile: SERVER_VOLATILE,
    masks,
    settled,
  }),
  // a live migration held on oscloud until each client aborts it, then one it force-completes
  // (the server's e2e_hold_migration property makes the test cloud's driver hold it)
  write({
    name: "server migration abort, force complete (held live migrations onto compute2)",
    alone: true,
    setup: ["compute service set --enable compute2 nova-compute"],
    create: `--os-compute-api-version 2.74 server create {name} --flavor m1.tiny --image ${IMAGE} --network private --host oscloud --property e2e_hold_migration=1 --wait`,
    change: [
      "--os-compute-api-version 2.30 server migrate {name} --live-migration --host compute2",
      { poll: `${V223} server migration list --server {name} --status running -f value -c Id`, until: /^\d+$/m, as: "migration" },
      `${V224} server migration abort {name} {migration}`,
      { poll: `${V21} server show {name} -f value -c status -c OS-EXT-STS:task_state -c OS-EXT-SRV-ATTR:host`, until: /^oscloud\nNone\nACTIVE\n$/ },
      "--os-compute-api-version 2.30 server migrate {name} --live-migration --host compute2",
      { poll: `${V223} server migration list --server {name} --status running -f value -c Id`, until: /^\d+$/m, as: "migration" },
      "--os-compute-api-version 2.22 server migration force complete {name} {migration}",
      { poll: `${V21} server show {name} -f value -c status -c OS-EXT-STS:task_state -c OS-EXT-SRV-ATTR:host`, until: /^compute2\nNone\nACTIVE\n$/ },
      MIGRATIONS,
    ],
    show: `${V21} server show {name}`,
    delete: "server delete {name} --wait",
    teardown: ["compute service set --disable --disable-reason 'spare host for migration cases' compute2 nova-compute"],
    volatile: SERVER_VOLATILE,
    masks,
  }),
];
