// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/**
 * The test cloud runs no cinder-backup: Cinder takes a backup create (the backup then fails, and
 * can never be deleted), so no case here makes one. These are Cinder's and python's refusals.
 */
const V343 = "--os-volume-api-version 3.43";

export default [
  read("volume backup list", { name: "volume backup list" }),
  read("volume backup list --long --all-projects --name e2e-none --status error", { name: "volume backup list --long filtered (empty)" }),
  read("volume backup list --volume e2e-no-such-volume", { name: "volume backup list --volume unknown: asked by the name given" }),
  read("volume backup list --limit -1", { compare: "error", name: "volume backup list --limit negative" }),
  read("volume backup list --status e2e-bad", { compare: "usage", name: "volume backup list --status bad choice" }),
  read("volume backup list --marker e2e-no-such-backup", { compare: "error", name: "volume backup list --marker unknown" }),
  read("volume backup show e2e-no-such-backup", { compare: "error", name: "volume backup show unknown" }),
  read("volume backup create e2e-no-such-volume", { compare: "error", name: "volume backup create: unknown volume" }),
  read("volume backup create volume-1 --snapshot e2e-no-such-snapshot", { compare: "error", name: "volume backup create --snapshot unknown" }),
  read("volume backup create volume-1 --property a=b", { compare: "error", name: "volume backup create --property needs 3.43" }),
  read("volume backup create volume-1 --availability-zone nova", { compare: "error", name: "volume backup create --availability-zone needs 3.51" }),
  read("volume backup delete e2e-no-such-backup e2e-no-such-backup-2", { compare: "error", name: "volume backup delete: unknown names" }),
  read("volume backup set e2e-no-such-backup --name x", { compare: "error", name: "volume backup set: unknown backup" }),
  read("volume backup set e2e-no-such-backup --state e2e-bad", { compare: "usage", name: "volume backup set --state bad choice" }),
  read("volume backup unset e2e-no-such-backup --property a", { compare: "error", name: "volume backup unset needs 3.43" }),
  read(`${V343} volume backup unset e2e-no-such-backup --property a`, { compare: "error", name: "volume backup unset: unknown backup" }),
  read("volume backup restore e2e-no-such-backup", { compare: "error", name: "volume backup restore: unknown backup" }),
  read("volume backup record export e2e-no-such-backup", { compare: "error", name: "volume backup record export: unknown backup" }),
  read("volume backup record import cinder.backup.drivers.swift.SwiftBackupDriver eyJmb28iOiAxfQ==", { compare: "error", name: "volume backup record import: no backup service" }),
];
