// deno-fmt-ignore-file: one case per line
import { read, V21, write } from "../case.ts";
import { IMAGE } from "../seed.ts";

const SERVER_VOLATILE = ["id", "created", "updated", "adminPass", "OS-EXT-SRV-ATTR:instance_name", "OS-EXT-SRV-ATTR:reservation_id", "OS-SRV-USG:launched_at"];
const V290 = "--os-compute-api-version 2.90";

/** server set / unset: the error cases leave server-1 (seed) as it is. */
export default [
  read("server set e2e-no-such-server --name x", { compare: "error" }),
  read("server unset e2e-no-such-server --property a", { compare: "error" }),
  // microversion checks come after the lookup
  read(`${V21} server set server-1 --description x`, { compare: "error", name: "server set --description needs 2.19" }),
  read(`${V21} server set server-1 --tag x`, { compare: "error", name: "server set --tag needs 2.26" }),
  read("--os-compute-api-version 2.89 server set server-1 --hostname x", { compare: "error", name: "server set --hostname needs 2.90" }),
  read(`${V21} server unset server-1 --description`, { compare: "error", name: "server unset --description needs 2.19" }),
  read(`${V21} server unset server-1 --tag x`, { compare: "error", name: "server unset --tag needs 2.26" }),
  // KeyValueAction's error, before any request
  read("server set server-1 --property novalue", { compare: "error", name: "server set --property without =" }),
  // usage
  read("server set server-1 --state bogus", { compare: "usage", name: "server set --state bad choice" }),
  read("server set server-1 --password a --no-password", { compare: "usage", name: "server set --password with --no-password" }),
  read("server set", { compare: "usage", name: "server set without server" }),
  read("server unset", { compare: "usage", name: "server unset without server" }),
  // demo may not reset a server's state; admin's server is not even found by name
  read("server set server-1 --state error", { compare: "error", cloud: "demo" }),
  write({
    name: "server set/unset: properties, description, tags, hostname, state, password",
    create: `${V21} server create {name} --flavor m1.tiny --image ${IMAGE} --network private --wait`,
    change: [
      `${V290} server set {name} --name {name} --property a=1 --property b=2 --description d --tag t1 --tag t2 --hostname e2e-host`,
      "server set {name} --state error", "server set {name} --state active",
      "server set {name} --password e2e-secret", "server set {name} --no-password",
      `${V290} server unset {name} --property a --tag t1 --description`,
      // a key or tag the server lacks: Nova's 404
      `${V290} server unset {name} --property e2e-none`,
      `${V290} server unset {name} --tag e2e-none`,
    ],
    show: `${V290} server show {name}`,
    delete: "server delete {name} --wait",
    // the admin project may be at its instance quota with other helpers' servers
    ownProject: true,
    volatile: SERVER_VOLATILE,
    masks: {
      addresses: (a) => a && typeof a === "object" ? Object.keys(a).sort() : String(a).replace(/=[^;,]*/g, "=<ip>"),
    },
    settled: (s) => s["OS-EXT-STS:task_state"] === null,
  }),
];
