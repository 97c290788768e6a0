// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/**
 * server ssh runs ssh only once it has an address: server-1 (seed) has no floating IP, so the
 * cases here end before ssh (the address choice itself: tests/unit/commands/server_ssh_test.ts).
 */
export default [
  read("server ssh e2e-no-such-server", { compare: "error" }),
  read("server ssh server-1", { compare: "error", name: "server ssh: no public address" }),
  // options before the server: python's argparse refuses "--" after an option that follows it
  read("server ssh -4 server-1 -- -o BatchMode=yes", { compare: "error", name: "server ssh -4: no public IPv4 address" }),
  read("server ssh server-1 -6 --private", { compare: "error", name: "server ssh -6 --private: no private IPv6 address" }),
  read("server ssh server-1 -p 2222 --address-type e2e-no-such-net", { compare: "error", name: "server ssh: a deprecated option warns; unknown address type" }),
  read("server ssh server-1 -4 -6", { compare: "usage", name: "server ssh: -4 with -6" }),
  read("server ssh server-1 --public --address-type private", { compare: "usage", name: "server ssh: --public with --address-type" }),
];
