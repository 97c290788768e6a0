// deno-fmt-ignore-file: one case per line
import { read, V21, VMAX, write } from "../case.ts";
import { IMAGE } from "../seed.ts";

/** What two fresh servers never share: ids, times, the password Nova made up. */
const SERVER_VOLATILE = ["id", "created", "updated", "adminPass", "OS-EXT-SRV-ATTR:instance_name", "OS-EXT-SRV-ATTR:reservation_id", "OS-SRV-USG:launched_at"];
const V273 = "--os-compute-api-version 2.73";

/** server-1 (seed) is ACTIVE: every case here either fails before the action or is refused by Nova. */
export default [
  // not found: novaclient's find_resource and openstacksdk's find_server word it differently
  ...["start", "stop", "lock", "unlock", "restore", "shelve", "unshelve"].map((a) => read(`server ${a} e2e-no-such-server`, { compare: "error" })),
  ...["pause", "unpause", "suspend", "resume"].map((a) => read(`server ${a} e2e-no-such-server`, { compare: "error" })),
  ...["reboot", "rescue", "unrescue"].map((a) => read(`server ${a} e2e-no-such-server`, { compare: "error" })),
  read("server rescue e2e-no-such-server --image e2e-no-such-image", { compare: "error", name: "server rescue: unknown image is ignored, unknown server is not" }),
  // refused by Nova (409): novaclient's "… (HTTP 409) (Request-ID: …)", openstacksdk's "ConflictException: 409: …"
  read("server start server-1", { compare: "error", name: "server start: already active" }),
  read("server unrescue server-1", { compare: "error", name: "server unrescue: not rescued" }),
  read("server restore server-1", { compare: "error", name: "server restore: not soft-deleted" }),
  read("server unpause server-1", { compare: "error", name: "server unpause: not paused" }),
  read("server resume server-1", { compare: "error", name: "server resume: not suspended" }),
  // python stops at the first failure: server-1 is never reached
  read("server pause e2e-no-such-server server-1", { compare: "error", name: "server pause: stops at the first failure" }),
  read("server stop e2e-no-such-server server-1", { compare: "error", name: "server stop: stops at the first failure" }),
  // a server that is not shelved is left alone
  read("server unshelve server-1", { name: "server unshelve: not shelved, nothing to do" }),
  read(`${VMAX} server unshelve server-1 --availability-zone nova`, { name: "server unshelve --availability-zone 2.92: not shelved" }),
  // microversion checks come before any lookup
  read(`${V21} server lock server-1 --reason e2e`, { compare: "error", name: "server lock --reason needs 2.73" }),
  read(`${V21} server unshelve server-1 --availability-zone nova`, { compare: "error", name: "server unshelve --availability-zone needs 2.77" }),
  // usage
  read("server reboot server-1 --hard --soft", { compare: "usage", name: "server reboot: --hard with --soft" }),
  read("server pause", { compare: "usage", name: "server pause without server" }),
  read("server rescue server-1 server-2", { compare: "usage", name: "server rescue takes one server" }),
  // one server through every action; the state is compared at the end (2.73 shows the lock)
  write({
    name: "server actions: pause … unshelve, then lock with a reason (2.73)",
    create: `${V21} server create {name} --flavor m1.tiny --image ${IMAGE} --network private --wait`,
    change: [
      "server pause {name}", "server unpause {name}", "server suspend {name}", "server resume {name}",
      "server stop {name}", "server start {name}", "server lock {name}", "server unlock {name}",
      "server reboot {name} --wait", "server reboot --hard {name}", "server rescue {name}", "server unrescue {name}",
      // shelve/unshelve --wait take minutes on the fake driver: their error cases are above
      "server stop {name}",
      `${V273} server lock {name} --reason e2e`,
    ],
    show: `${V273} server show {name}`,
    delete: "server delete {name} --wait",
    volatile: SERVER_VOLATILE,
    masks: {
      addresses: (a) => a && typeof a === "object" ? Object.keys(a).sort() : String(a).replace(/=[^;,]*/g, "=<ip>"),
    },
    settled: (s) => s["OS-EXT-STS:task_state"] === null,
  }),
];
