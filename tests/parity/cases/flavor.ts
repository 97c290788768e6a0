// deno-fmt-ignore-file: one case per line
import { read, V21, VMAX } from "../case.ts";

export default [
  // openstacksdk: compute microversion ≤ 2.61 unless pinned
  read("flavor list", { fixture: "flavor_list" }),
  read("flavor list --long", { fixture: "flavor_list_long" }),
  read("flavor list --long -f json", { fixture: "flavor_list_long_json" }),
  read("flavor list --long -f yaml"),
  read("flavor list --long -f csv"),
  read(`${V21} flavor list --long -f value`, { name: "flavor list --long 2.1" }),
  read(`${VMAX} flavor list --long`, { name: "flavor list --long 2.92 (swap 0)" }),
  read("flavor list --all"),
  read("flavor list --private", { name: "flavor list --private (empty)" }),
  read("flavor list --limit 1 --min-ram 1024"),
  read("flavor list --sort-column RAM --sort-descending", { name: "flavor list --sort-column RAM desc" }),
  read("flavor list", { cloud: "demo" }),
  read("flavor show m1.tiny", { name: "flavor show", fixture: "flavor_show" }),
  read("flavor show 2 -f json", { name: "flavor show by id -f json", fixture: "flavor_show_json" }),
  read(`${V21} flavor show m1.small -f shell`, { name: "flavor show -f shell 2.1" }),
  read("flavor show no-such-flavor", { compare: "error", name: "flavor show unknown", fixture: "flavor_show_not_found" }),
  read("flavor list --marker no-such-flavor", { compare: "error", name: "flavor list --marker unknown", fixture: "flavor_list_bad_marker" }),
  read("flavor list --public --private", { compare: "usage" }),
  // recorded for the unit tests only
  read(`${V21} flavor list --long -f yaml`, { fixture: "flavor_list_long_v21", live: false }),
  read(`${VMAX} flavor list --long -f csv`, { fixture: "flavor_list_long_v292", live: false }),
];
