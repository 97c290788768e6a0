/**
 * Write parity cases for the python 6.0 options finished in issue 8 item 7
 * (see write_cases.ts for the shape). Server cases pin the microversion for
 * both clients, as write_cases_server.ts does.
 */
import type { WriteCase } from "../case.ts";

/** A case as first written; made into a WriteCase below. */
type Written = Omit<WriteCase, "kind" | "cloud" | "change" | "alone" | "idKey"> & {
  cloud?: "admin" | "demo";
};

const IMAGE = "cirros-0.6.2-x86_64-disk";
/** What two fresh servers never share (as in write_cases_server.ts). */
const SERVER_VOLATILE = [
  "id",
  "created",
  "updated",
  "adminPass",
  "OS-EXT-SRV-ATTR:instance_name",
  "OS-EXT-SRV-ATTR:reservation_id",
  "OS-SRV-USG:launched_at",
];

function server(name: string, version: string, extra: string[]): Written {
  const v = ["--os-compute-api-version", version];
  return {
    name,
    create: (n) => [...v, "server", "create", n, "--flavor", "m1.tiny", "--wait", ...extra],
    show: (n) => [...v, "server", "show", n],
    delete: (n) => ["server", "delete", n, "--wait"],
    ownProject: true, // as write_cases_server.ts: not the admin project's quota
    volatile: SERVER_VOLATILE,
    masks: {
      addresses: (a) =>
        a && typeof a === "object" ? Object.keys(a).sort() : String(a).replace(/=[^;,]*/g, "=<ip>"),
    },
  };
}

const written: Written[] = [
  {
    name: "network create --extra-property (str, int, bool under its SDK name)",
    create: (n) => [
      ...["network", "create", n, "--extra-property", "name=description,value=made by e2e"],
      ...["--extra-property", "type=int,name=mtu,value=1_400"],
      ...["--extra-property", "type=bool,name=is_shared,value=True"],
    ],
    show: (n) => ["network", "show", n],
    delete: (n) => ["network", "delete", n],
    volatile: ["id", "created_at", "updated_at", "provider:segmentation_id"],
  },
  server("server create --image-property (2.1)", "2.1", [
    ...["--image-property", `name=${IMAGE}`, "--network", "private"],
  ]),
  server("server create --config-drive True (2.1)", "2.1", [
    ...["--image", IMAGE, "--network", "private", "--config-drive", "True"],
  ]),
  server("server create --file (2.56)", "2.56", [
    ...["--image", IMAGE, "--network", "private", "--file", "/etc/e2e=/etc/os-release"],
  ]),
  // admin only (Nova's policy); the test cloud has one compute host, "oscloud"
  server("server create --host --hypervisor-hostname (2.74)", "2.74", [
    ...["--image", IMAGE, "--network", "private", "--host", "oscloud"],
    ...["--hypervisor-hostname", "oscloud"],
  ]),
  {
    // as demo: its own quota, away from the admin project's fixed servers
    ...server("server create --trusted-image-cert as demo (2.63)", "2.63", [
      ...["--image", IMAGE, "--network", "private", "--trusted-image-cert", "e2e-cert"],
    ]),
    cloud: "demo",
  },
];

export default written.map((c): WriteCase => ({
  ...c,
  kind: "write",
  cloud: c.cloud ?? "admin",
  change: [],
  alone: false,
  idKey: "id",
}));
