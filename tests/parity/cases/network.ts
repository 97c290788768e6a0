// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";


/** What two fresh networks never share. */
const NET = {
  show: "network show {name}",
  delete: "network delete {name}",
  volatile: ["id", "created_at", "updated_at", "provider:segmentation_id"],
};

export default [
  read("network list", { fixture: "network_list" }),
  read("network list --long", { fixture: "network_list_long" }),
  read("network list --long -f json", { fixture: "network_list_long_json" }),
  read("network list --internal --share --enable --status ACTIVE --name private", { name: "network list filters" }),
  read("network list --external", { name: "network list --external (empty)" }),
  read("network list --project admin --long -f yaml"),
  read("network list --long", { cloud: "demo", fixture: "network_list_demo" }),
  read("network show private", { name: "network show", fixture: "network_show" }),
  read("network show private -f json", { compare: "json", name: "network show -f json", fixture: "network_show_json" }),
  read("network show private -f value", { cloud: "demo", name: "network show as demo" }),
  read("network show no-such-network", { compare: "error", name: "network show unknown", fixture: "network_show_not_found" }),
  read("network list --agent no-such-agent", { compare: "error", name: "network list --agent unknown", fixture: "network_list_bad_agent" }),
  read("network list --external --internal", { compare: "usage" }),
  // write commands that fail before changing anything (the writes that succeed: below)
  read("network create e2e-never-made --mtu 99999", { compare: "error", name: "network create: MTU above the maximum" }),
  read("network create e2e-never-made --enable --disable", { compare: "usage", name: "network create: conflicting flags" }),
  read("network create e2e-never-made --no-tag --tag x", { compare: "usage", name: "network create: conflicting flags, the other way round" }),
  read("network delete e2e-no-such-net e2e-no-such-net-2", { compare: "error", name: "network delete: unknown names" }),
  read("network delete private", { compare: "error", cloud: "demo", name: "network delete: the demo user may not delete the shared network" }),
  // writes: each client makes, shows and deletes its own network
  write({ name: "network create (defaults)", create: "network create {name}", ...NET }),
  write({ name: "network create with options and tags", create: "network create {name} --disable --share --description 'made by the e2e suite' --mtu 1400 --disable-port-security --tag zeta --tag alpha --tag zeta", ...NET }),
  write({ name: "network create --project (as admin, for demo)", create: "network create {name} --project demo --project-domain Default", ...NET }),
  write({ name: "network create as demo", cloud: "demo", create: "network create {name} --internal", ...NET }),
  // set and unset
  read("network set e2e-no-such-net --name x", { compare: "error" }),
  read("network unset e2e-no-such-net --all-tag", { compare: "error" }),
  read("network set e2e-never-made --enable --disable", { compare: "usage" }),
  read("network unset e2e-never-made --tag a --all-tag", { compare: "usage" }),
  write({ name: "network set and unset", create: "network create {name} --tag a --tag b", change: ["network set {name} --name {name} --description changed --disable --share --mtu 1300 --disable-port-security --external --tag c", "network unset {name} --tag a", "network set {name} --no-tag --tag z --enable --no-share --internal --enable-port-security"], ...NET }),
  write({ name: "network set: refused and missing extensions", create: "network create {name}", change: ["network set {name} --no-qos-policy", "network set {name} --qos-policy e2e-no-such-policy", "network set {name} --dns-domain example.org.", "network set {name} --mtu abc", "network set {name} --mtu 99999"], ...NET }),
  write({ name: "network set --extra-property, unset --extra-property, --all-tag", create: "network create {name} --tag a", change: ["network set {name} --extra-property type=int,name=mtu,value=1280 --extra-property name=description,value=x", "network unset {name} --all-tag --extra-property name=description,value=x"], ...NET }),
];
