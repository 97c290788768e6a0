// deno-fmt-ignore-file: one case per line
import { read, V21, write } from "../case.ts";
import { IMAGE } from "../seed.ts";

const V258 = "--os-compute-api-version 2.58";
const V266 = "--os-compute-api-version 2.66";
/** No server has this ID: a deleted server's ID is taken as it is. */
const GONE = "6b5d8f5e-1111-4444-9999-000000000000";

/**
 * server event list / show. A server's events grow with each action: the listing cases run
 * on a server of their own (its one "create" event); event show's request ID differs between
 * the two servers, so its success is compared by hand and its errors here.
 */
export default [
  read("server event list e2e-no-such-server", { compare: "error" }),
  read("server event show e2e-no-such-server req-x", { compare: "error" }),
  read(`server event list ${GONE}`, { compare: "error", name: "server event list: an unknown ID is taken as a deleted server's" }),
  read(`--os-compute-api-version 2.21 server event show ${GONE} req-x`, { compare: "error", name: "server event show: an unknown ID is taken as a deleted server's" }),
  read("server event show server-1 req-e2e-nope", { compare: "error", name: "server event show: no such request" }),
  // microversion checks and the ISO 8601 check, before the lookup
  read(`${V21} server event list server-1 --limit 2`, { compare: "error", name: "server event list --limit needs 2.58" }),
  read(`${V21} server event list server-1 --marker x`, { compare: "error", name: "server event list --marker needs 2.58" }),
  read(`${V21} server event list server-1 --changes-since 2016-01-01`, { compare: "error", name: "server event list --changes-since needs 2.58" }),
  read("--os-compute-api-version 2.65 server event list server-1 --changes-before 2016-01-01", { compare: "error", name: "server event list --changes-before needs 2.66" }),
  read(`${V258} server event list server-1 --changes-since yesterday`, { compare: "error", name: "server event list: bad --changes-since" }),
  read(`${V266} server event list server-1 --changes-before 2015-02-29`, { compare: "error", name: "server event list: --changes-before not a date" }),
  read(`${V258} server event list server-1 --marker req-e2e-nope`, { compare: "error", name: "server event list: unknown marker" }),
  read(`${V266} server event list server-1 --changes-since 2030-01-01 --changes-before 2030-01-02`, { name: "server event list: nothing in the window" }),
  read(`${V258} server event list server-1 --limit x`, { compare: "usage", name: "server event list --limit not a number" }),
  read("server event show server-1", { compare: "usage", name: "server event show without request id" }),
  write({
    name: "server event list on a new server",
    create: `${V21} server create {name} --flavor m1.tiny --image ${IMAGE} --network private --wait -c name -c status -f json`,
    change: [
      `${V21} server event list {name} -c Action -f value`,
      `${V21} server event list {name} --long -c Action -c Message -f json`,
      `${V266} server event list {name} --limit 1 --changes-since 2016-01-01 --changes-before 2100-01-01 -c Action -f csv`,
    ],
    show: `${V21} server show {name} -c status`,
    delete: "server delete {name} --wait",
    ownProject: true,
    volatile: [],
  }),
];
