/**
 * Write-command parity cases: each client creates its own fresh resource with
 * the same arguments; what create prints, what show says after, what delete
 * prints and what show says once it is gone are compared. Adding a write
 * command is a few lines here (server cases: write_cases_server.ts).
 */
import { serverWriteCases } from "./write_cases_server.ts";

export interface WriteCase {
  name: string;
  cloud?: "admin" | "demo";
  /** argv that creates a resource called `name` (`-f json` is appended) */
  create(name: string): string[];
  /** argv that shows it (`-f json` is appended) */
  show(name: string): string[];
  /** argv that deletes it */
  delete(name: string): string[];
  /** JSON keys that differ between two fresh resources (ids, times, allocations) */
  volatile: string[];
  /** Keys whose values are compared through a mask (addresses → the networks only). */
  masks?: Record<string, (value: unknown) => unknown>;
  /**
   * For resources that change state after create (a volume goes creating →
   * available): `show` is repeated, up to three minutes, until this holds for both.
   */
  settled?(shown: Record<string, unknown>): boolean;
}

const NETWORK_VOLATILE = ["id", "created_at", "updated_at", "provider:segmentation_id"];

const networkCases: WriteCase[] = [
  {
    name: "network create (defaults)",
    create: (n) => ["network", "create", n],
    show: (n) => ["network", "show", n],
    delete: (n) => ["network", "delete", n],
    volatile: NETWORK_VOLATILE,
  },
  {
    name: "network create with options and tags",
    create: (n) => [
      "network",
      "create",
      n,
      "--disable",
      "--share",
      "--description",
      "made by the e2e suite",
      "--mtu",
      "1400",
      "--disable-port-security",
      "--tag",
      "zeta",
      "--tag",
      "alpha",
      "--tag",
      "zeta",
    ],
    show: (n) => ["network", "show", n],
    delete: (n) => ["network", "delete", n],
    volatile: NETWORK_VOLATILE,
  },
  {
    name: "network create --project (as admin, for demo)",
    create: (n) => ["network", "create", n, "--project", "demo", "--project-domain", "Default"],
    show: (n) => ["network", "show", n],
    delete: (n) => ["network", "delete", n],
    volatile: NETWORK_VOLATILE,
  },
  {
    name: "network create as demo",
    cloud: "demo",
    create: (n) => ["network", "create", n, "--internal"],
    show: (n) => ["network", "show", n],
    delete: (n) => ["network", "delete", n],
    volatile: NETWORK_VOLATILE,
  },
];

/**
 * Two fresh volumes differ in their id and times only (same host, project,
 * user and type). The create answer's updated_at is null for both, but a
 * settled volume's is a time.
 */
const VOLUME_VOLATILE = ["id", "created_at", "updated_at"];
const volumeAvailable = (v: Record<string, unknown>) => v.status === "available";

const volumeCases: WriteCase[] = [
  {
    name: "volume create (size only); delete --force",
    create: (n) => ["volume", "create", n, "--size", "1"],
    show: (n) => ["volume", "show", n],
    delete: (n) => ["volume", "delete", "--force", n],
    volatile: VOLUME_VOLATILE,
    settled: volumeAvailable,
  },
  {
    name: "volume create with options, bootable; delete --purge",
    create: (n) => [
      "volume",
      "create",
      n,
      "--size",
      "1",
      "--description",
      "made by the e2e suite",
      "--type",
      "__DEFAULT__",
      "--availability-zone",
      "nova",
      "--property",
      "zeta=1",
      "--property",
      "alpha=two words",
      "--property",
      "zeta=3",
      "--bootable",
    ],
    show: (n) => ["volume", "show", n],
    delete: (n) => ["volume", "delete", "--purge", n],
    volatile: VOLUME_VOLATILE,
    settled: volumeAvailable,
  },
  {
    name: "volume create as demo",
    cloud: "demo",
    create: (n) => ["volume", "create", n, "--size", "1", "--non-bootable"],
    show: (n) => ["volume", "show", n],
    delete: (n) => ["volume", "delete", n],
    volatile: VOLUME_VOLATILE,
    settled: volumeAvailable,
  },
];

export const writeCases: WriteCase[] = [...networkCases, ...volumeCases, ...serverWriteCases];
