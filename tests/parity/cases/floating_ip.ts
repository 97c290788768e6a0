// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/**
 * Each client's own external network, and a port behind a router on it (what a floating IP
 * is associated with); floating IPs have no name: shown and deleted by the id create printed.
 */
/** An external network and a QoS policy only (no router: the admin project may hold ten). */
const EXT = {
  setup: ["network create {name}-ext --external", "subnet create {name}-extsub --network {name}-ext --subnet-range 10.85.0.0/24", "network create {name}-in", "network qos policy create {name}-qos"],
  teardown: ["network delete {name}-in {name}-ext", "network qos policy delete {name}-qos"],
  show: "floating ip show {id}",
  delete: "floating ip delete {id}",
  volatile: ["id", "created_at", "updated_at", "revision_number", "floating_network_id", "port_id", "router_id", "subnet_id", "port_details", "qos_policy_id"],
};

const FIP = {
  setup: ["network create {name}-ext --external", "subnet create {name}-extsub --network {name}-ext --subnet-range 10.85.0.0/24", "network create {name}-in", "subnet create {name}-insub --network {name}-in --subnet-range 10.86.0.0/24", "router create {name}-r --external-gateway {name}-ext", "router add subnet {name}-r {name}-insub", "port create {name}-p --network {name}-in --fixed-ip ip-address=10.86.0.20", "network qos policy create {name}-qos"],
  teardown: ["port delete {name}-p", "router remove subnet {name}-r {name}-insub", "router delete {name}-r", "network delete {name}-in {name}-ext", "network qos policy delete {name}-qos"],
  show: "floating ip show {id}",
  delete: "floating ip delete {id}",
  volatile: ["id", "created_at", "updated_at", "revision_number", "floating_network_id", "port_id", "router_id", "subnet_id", "port_details", "qos_policy_id"],
};

export default [
  read("floating ip list"),
  read("floating ip list --long"),
  read("floating ip list --long -f json"),
  read("floating ip list", { cloud: "demo" }),
  // (not --tags with --any-tags: Neutron on MariaDB answers floatingips with both a 500, "Not unique table/alias: 'tags'")
  read("floating ip list --status ACTIVE --fixed-ip-address 10.0.0.1 --floating-ip-address 10.0.0.2 --tags a --not-tags b"),
  read("floating ip list --status ACTIVE --any-tags b,c"),
  read("floating ip list --status BOGUS", { compare: "usage" }),
  read("floating ip list --network e2e-no-such-net", { compare: "error" }),
  read("floating ip list --port e2e-no-such-port --network e2e-no-such-net", { compare: "error" }),
  read("floating ip list --router e2e-no-such-router", { compare: "error" }),
  read("floating ip list --project e2e-no-such-project", { compare: "error" }),
  read("floating ip show 10.255.255.254", { compare: "error" }),
  read("floating ip show", { compare: "usage" }),
  read("floating ip delete 10.255.255.254 e2e-no-such-fip", { compare: "error" }),
  read("floating ip create", { compare: "usage" }),
  read("floating ip create e2e-no-such-net", { compare: "error" }),
  read("floating ip create e2e-no-such-net --tag a --no-tag", { compare: "usage" }),
  read("floating ip set 10.255.255.254 --port x", { compare: "error" }),
  read("floating ip set 10.255.255.254 --qos-policy a --no-qos-policy", { compare: "usage" }),
  read("floating ip unset 10.255.255.254 --port", { compare: "error" }),
  read("floating ip unset 10.255.255.254 --tag a --all-tag", { compare: "usage" }),
  read("floating ip pool list", { compare: "error" }),
  read("floating ip pool list", { cloud: "demo", compare: "error" }),
  write({ name: "floating ip create (defaults)", create: "floating ip create {name}-ext --qos-policy {name}-qos --description x", ...EXT, volatile: [...FIP.volatile, "floating_ip_address", "name"] }),
  write({ name: "floating ip create with options", create: "floating ip create {name}-ext --floating-ip-address 10.85.0.30 --port {name}-p --description d --qos-policy {name}-qos --tag b --tag a", ...FIP }),
  write({ name: "floating ip create: errors", create: "floating ip create {name}-ext --floating-ip-address 10.85.0.31", change: ["floating ip create {name}-ext --floating-ip-address 10.85.0.31", "floating ip create {name}-ext --subnet e2e-no-such-subnet", "floating ip create {name}-ext --dns-name x", "floating ip create {name}-in"], ...EXT }),
  write({ name: "floating ip set, unset and list", create: "floating ip create {name}-ext --floating-ip-address 10.85.0.32 --tag a", change: [
    "floating ip set {id} --port {name}-p --fixed-ip-address 10.86.0.20 --description new --qos-policy {name}-qos --tag b",
    "floating ip show {id} -c fixed_ip_address -c description -c tags -c status -f json",
    "floating ip list --floating-ip-address 10.85.0.32 --network {name}-ext -c 'Floating IP Address' -c 'Fixed IP Address' -f value",
    "floating ip list --port {name}-p --long -c 'Floating IP Address' -c Description -c Tags -f json",
    "floating ip list --router {name}-r -c 'Floating IP Address' -f value",
    "floating ip unset {id} --port --qos-policy --tag a",
    "floating ip set {id} --no-qos-policy --no-tag --description ''",
    "floating ip show 10.85.0.32 -c fixed_ip_address -c description -c tags -f json",
    "floating ip set {id} --port e2e-no-such-port",
    "floating ip set {id} --qos-policy e2e-no-such-policy",
  ], ...FIP }),
];
