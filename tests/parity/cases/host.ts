// deno-fmt-ignore-file: one case per line
import { read, VMAX } from "../case.ts";

/** os-hosts is gone after 2.42: python reaches it without a microversion, pinned or not. */
export default [
  read("host list"),
  read("host list --zone nova"),
  read("host list --zone internal -f json"),
  read("host list --zone e2e-no-such-zone", { name: "host list: unknown zone (empty)" }),
  read(`${VMAX} host list -f csv`, { name: "host list 2.92 (still 2.1)" }),
  read("host list", { compare: "error", cloud: "demo" }),
  read("host show oscloud -c Host -c Project -f csv --sort-column Project", { name: "host show (rows)" }),
  read("host show e2e-no-such-host", { compare: "error" }),
  read("host show oscloud", { compare: "error", cloud: "demo" }),
  read("host show", { compare: "usage", name: "host show without a host" }),
  read("host set oscloud", { name: "host set: nothing asked, nothing sent" }),
  read("host set oscloud --enable --disable-maintenance", { name: "host set --enable --disable-maintenance (the fake driver's state)" }),
  read("host set e2e-no-such-host --enable", { compare: "error" }),
  read("host set oscloud --enable --disable", { compare: "usage" }),
  read("host set oscloud --enable-maintenance --disable-maintenance", { compare: "usage" }),
];
