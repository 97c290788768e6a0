// deno-fmt-ignore-file: one case per line
import { read, V21 } from "../case.ts";

/** The fake virt driver answers the console log; it offers no remote console of any type. */
export default [
  read("console log show server-1"),
  read("console log show server-1 --lines 2"),
  read("console log show server-1 --lines 0", { name: "console log show --lines 0: nothing" }),
  read(`${V21} console log show server-1 --lines 1`),
  read("console log show e2e-no-such-server", { compare: "error" }),
  read("console log show server-1 --lines -1", { compare: "error", name: "console log show: negative --lines" }),
  read("console log show --lines -1", { compare: "error", name: "console log show: negative --lines stops the parse before the missing server" }),
  read("console log show server-1 --lines x", { compare: "usage", name: "console log show: --lines not a number" }),
  read("console log show", { compare: "usage", name: "console log show without a server" }),
  // console url show: Nova refuses each type (remote-consoles from 2.6, the legacy actions before)
  read("console url show server-1", { compare: "error", name: "console url show: novnc refused" }),
  ...["--xvpvnc", "--spice", "--rdp", "--serial", "--mks"].map((t) => read(`console url show server-1 ${t}`, { compare: "error" })),
  ...["--novnc", "--xvpvnc", "--spice", "--rdp", "--serial"].map((t) => read(`${V21} console url show server-1 ${t}`, { compare: "error", name: `console url show 2.1 ${t}: the legacy action refused` })),
  read(`${V21} console url show server-1 --mks`, { compare: "error", name: "console url show 2.1 --mks: no legacy action" }),
  read("--os-compute-api-version 2.6 console url show server-1 --mks", { compare: "error", name: "console url show 2.6 --mks: needs 2.8" }),
  read("--os-compute-api-version 2.8 console url show server-1 --mks", { compare: "error", name: "console url show 2.8 --mks: refused" }),
  read("console url show e2e-no-such-server", { compare: "error" }),
  read("console url show server-1 --novnc --spice", { compare: "usage", name: "console url show: two types" }),
];
