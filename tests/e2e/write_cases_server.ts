/**
 * server create / delete parity cases (see write_cases.ts for the shape).
 * The python client speaks compute 2.1 unless told: each case pins the
 * microversion for both clients, as the read cases do.
 */
import type { WriteCase } from "./write_cases.ts";

const IMAGE = "cirros-0.6.2-x86_64-disk";
/** What two fresh servers never share: ids, times, the password Nova made up. */
const SERVER_VOLATILE = [
  "id",
  "created",
  "updated",
  "adminPass",
  "OS-EXT-SRV-ATTR:instance_name",
  "OS-EXT-SRV-ATTR:reservation_id",
  "OS-SRV-USG:launched_at",
];

function serverCase(name: string, version: string, extra: string[]): WriteCase {
  const v = ["--os-compute-api-version", version];
  return {
    name,
    create: (n) => [
      ...v,
      "server",
      "create",
      n,
      "--flavor",
      "m1.tiny",
      "--image",
      IMAGE,
      "--wait",
      ...extra,
    ],
    show: (n) => [...v, "server", "show", n],
    delete: (n) => ["server", "delete", n, "--wait"],
    volatile: SERVER_VOLATILE,
    // the addresses differ; the networks they are on must not
    masks: {
      addresses: (v) =>
        v && typeof v === "object" ? Object.keys(v).sort() : String(v).replace(/=[^;,]*/g, "=<ip>"),
    },
  };
}

export const serverWriteCases: WriteCase[] = [
  // no network: python 6.0 (novaclient) sends no "networks" at 2.1 and Nova picks them
  serverCase("server create --wait without a network (2.1)", "2.1", []),
  serverCase("server create --wait (2.1)", "2.1", ["--network", "private"]),
  serverCase("server create --wait with nic, tag, property, description, hostname (2.92)", "2.92", [
    "--nic",
    "net-id=private",
    "--tag",
    "e2e",
    "--property",
    "purpose=e2e",
    "--property",
    "owner=ci",
    "--description",
    "made by the e2e suite",
    "--hostname",
    "e2e-host",
  ]),
  {
    // as demo, "default" names one security group (admin sees every project's)
    ...serverCase("server create as demo with a security group (2.92)", "2.92", [
      "--network",
      "private",
      "--security-group",
      "default",
    ]),
    cloud: "demo",
  },
];
