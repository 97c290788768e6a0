// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";


/**
 * Two fresh volumes differ in their id and times only (same host, project, user and type). The
 * create answer's updated_at is null for both, but a settled volume's is a time.
 */
const VOLUME = {
  show: "volume show {name}",
  volatile: ["id", "created_at", "updated_at"],
  settled: (v: Record<string, unknown>) => v.status === "available",
};

export default [
  read("volume list", { fixture: "volume_list" }),
  read("volume list --long", { fixture: "volume_list_long" }),
  read("volume list --long -f json", { fixture: "volume_list_long_json" }),
  read("volume list --all-projects --name volume-1 --status available", { name: "volume list --all-projects --name --status" }),
  read("volume list --project demo", { name: "volume list --project demo (empty)" }),
  read("volume list -c 'Display Name' -c Status", { name: "volume list -c 'Display Name'" }),
  read("volume list --all-projects", { cloud: "demo", name: "volume list as demo" }),
  read("volume show volume-1", { name: "volume show", fixture: "volume_show" }),
  read("volume show volume-1 -f json", { compare: "json", name: "volume show -f json", fixture: "volume_show_json" }),
  read("volume show no-such-volume", { compare: "error", name: "volume show unknown", fixture: "volume_show_not_found" }),
  read("volume show volume-1", { compare: "error", cloud: "demo", name: "volume show: another project's volume as demo" }),
  read("volume list --limit -1", { compare: "error", name: "volume list --limit negative" }),
  read("volume list --marker no-such-volume", { compare: "error", name: "volume list --marker unknown" }),
  // write commands that fail before changing anything (the writes that succeed: below)
  read("volume create e2e-never-made", { compare: "error", name: "volume create: no size and no source" }),
  read("volume create e2e-never-made --size 0", { compare: "error", name: "volume create: a size Cinder refuses" }),
  read("volume create e2e-never-made --size 1 --type e2e-nope", { compare: "error", name: "volume create: unknown type" }),
  read("volume delete e2e-no-such-volume e2e-no-such-volume-2", { compare: "error", name: "volume delete: unknown names" }),
  // volume set / unset / migrate: what fails before changing anything
  read("volume set e2e-no-such-volume --name x", { compare: "error", name: "volume set: unknown volume" }),
  read("volume set volume-1 --size 1", { compare: "error", name: "volume set --size not larger" }),
  read("volume set volume-1 --type e2e-nope", { compare: "error", name: "volume set --type unknown" }),
  read("volume set volume-1 --retype-policy never", { name: "volume set --retype-policy without --type" }),
  read("volume set volume-1 --property novalue", { compare: "error", name: "volume set --property without =" }),
  read("volume set volume-1 --state e2e-bad", { compare: "usage", name: "volume set --state bad choice" }),
  read("volume set volume-1 --bootable --non-bootable", { compare: "usage", name: "volume set: both bootable flags" }),
  read("volume unset e2e-no-such-volume --property a", { compare: "error", name: "volume unset: unknown volume" }),
  read("volume migrate volume-1", { compare: "usage", name: "volume migrate: no --host" }),
  read("volume migrate volume-1 --host e2e-nohost@x#y", { compare: "error", name: "volume migrate: unknown host" }),
  // recorded for the unit tests only
  read("volume list -c 'Display Name' -c ID", { fixture: "volume_list_display_name", live: false }),
  // writes: each client makes, shows and deletes its own volume
  write({ name: "volume create (size only); delete --force", create: "volume create {name} --size 1", delete: "volume delete --force {name}", ...VOLUME }),
  write({ name: "volume create with options, bootable; delete --purge", create: "volume create {name} --size 1 --description 'made by the e2e suite' --type __DEFAULT__ --availability-zone nova --property zeta=1 --property 'alpha=two words' --property zeta=3 --bootable", delete: "volume delete --purge {name}", ...VOLUME }),
  write({ name: "volume create as demo", cloud: "demo", create: "volume create {name} --size 1 --non-bootable", delete: "volume delete {name}", ...VOLUME }),
  write({ name: "volume set, unset", create: "volume create {name} --size 1", change: ["volume set {name} --description 'set by e2e' --property a=1 --property b=2 --image-property ia=1 --image-property ib=2 --bootable --read-only", "volume unset {name} --property a --image-property ia", "volume set {name} --no-property --property c=3 --type __DEFAULT__ --retype-policy on-demand"], delete: "volume delete {name}", ...VOLUME }),
];
