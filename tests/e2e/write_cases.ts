/**
 * Write-command parity cases: each client creates its own fresh resource with
 * the same arguments; what create prints, what show says after, what delete
 * prints and what show says once it is gone are compared. Adding a write
 * command is a few lines here.
 */
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
  /**
   * For resources that change state after create (a volume goes creating →
   * available): `show` is repeated, up to a minute, until this holds for both.
   */
  settled?(shown: Record<string, unknown>): boolean;
}

const NETWORK_VOLATILE = ["id", "created_at", "updated_at", "provider:segmentation_id"];

export const writeCases: WriteCase[] = [
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
