// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** A value with its IDs (each client's own networks, subnets and ports) set aside. */
const noIds = (v: unknown) => JSON.stringify(v).replace(UUID, "<id>");

/** Each client's own external network (its gateway) and internal network (its interfaces). */
const NETS = {
  setup: ["network create {name}-ext --external", "subnet create {name}-extsub --network {name}-ext --subnet-range 10.83.0.0/24", "network create {name}-in", "subnet create {name}-insub --network {name}-in --subnet-range 10.84.0.0/24"],
  teardown: ["network delete {name}-in {name}-ext"],
  show: "router show {name}",
  delete: "router delete {name}",
  volatile: ["id", "created_at", "updated_at", "revision_number"],
  masks: { external_gateway_info: noIds, interfaces_info: noIds },
};

export default [
  read("router list"),
  read("router list --long"),
  read("router list --long -f json"),
  read("router list", { cloud: "demo" }),
  read("router list --enable --name e2e-no-such-router"),
  read("router list --disable --project admin --tags a,b --not-any-tags c"),
  read("router list --enable --disable", { compare: "usage" }),
  read("router list --project e2e-no-such-project", { compare: "error" }),
  read("router list --agent e2e-no-such-agent", { compare: "error" }),
  read("router show e2e-no-such-router", { compare: "error" }),
  read("router show", { compare: "usage" }),
  read("router delete e2e-no-such-router e2e-no-such-router-2", { compare: "error" }),
  read("router create", { compare: "usage" }),
  read("router create e2e-never-made --ha --no-ha", { compare: "usage" }),
  read("router create e2e-never-made --external-gateway e2e-no-such-net", { compare: "error" }),
  read("router create e2e-never-made --project e2e-no-such-project", { compare: "error" }),
  read("router create e2e-never-made --fixed-ip bogus", { compare: "error" }),
  read("router set e2e-no-such-router --name x", { compare: "error" }),
  read("router set e2e-no-such-router --qos-policy a --no-qos-policy", { compare: "usage" }),
  read("router unset e2e-no-such-router --external-gateway", { compare: "error" }),
  read("router unset e2e-no-such-router --tag a --all-tag", { compare: "usage" }),
  read("router add port e2e-no-such-router e2e-no-such-port", { compare: "error" }),
  read("router add subnet e2e-no-such-router e2e-no-such-subnet", { compare: "error" }),
  read("router remove port e2e-no-such-router e2e-no-such-port", { compare: "error" }),
  read("router remove subnet e2e-no-such-router e2e-no-such-subnet", { compare: "error" }),
  read("router add route e2e-no-such-router --route destination=10.0.0.0/24,gateway=10.0.0.1", { compare: "error" }),
  read("router remove route e2e-no-such-router --route destination=10.0.0.0/24,gateway=10.0.0.1", { compare: "error" }),
  read("router add port", { compare: "usage" }),
  write({ name: "router create (defaults)", create: "router create {name}", show: "router show {name}", delete: "router delete {name}", volatile: ["id", "created_at", "updated_at", "revision_number", "tenant_id", "project_id"] }),
  write({ name: "router create with a gateway and options", create: "router create {name} --external-gateway {name}-ext --fixed-ip subnet={name}-extsub,ip-address=10.83.0.10 --disable-snat --description d --disable --centralized --no-ha --tag b --tag a", ...NETS }),
  write({ name: "router create: SNAT without a gateway (python makes the router, then fails)", create: "router create {name} --tag a", change: ["router create {name}-2 --enable-snat", "router show {name}-2 -c name -c tags -f value", "router delete {name}-2", "router create {name}-3 --external-gateway e2e-no-such-net"], show: "router show {name}", delete: "router delete {name}", volatile: ["id", "created_at", "updated_at", "revision_number"] }),
  write({ name: "router set, unset, interfaces and routes", create: "router create {name} --tag a", change: [
    "router set {name} --external-gateway {name}-ext --fixed-ip ip-address=10.83.0.20 --enable-snat --description new --tag b",
    "router add subnet {name} {name}-insub",
    "router add route {name} --route destination=10.90.0.0/24,gateway=10.84.0.5 --route destination=10.91.0.0/24,gateway=10.84.0.6 -c routes -c external_gateway_info -f json",
    "router show {name} -c routes -c interfaces_info -c tags -c external_gateway_info -f json",
    "router list --name {name} --long -c Name -c Routes -c Tags -f json",
    "router set {name} --route destination=10.92.0.0/24,gateway=10.84.0.7",
    "router unset {name} --route destination=10.92.0.0/24,gateway=10.84.0.7 --tag a",
    "router unset {name} --route destination=10.1.0.0/24,gateway=10.84.0.7",
    "router unset {name} --qos-policy",
    "router set {name} --enable-snat",
    "router set {name} --no-qos-policy",
    "router remove route {name} --route destination=10.91.0.0/24,gateway=10.84.0.6 -c routes -f json",
    "router set {name} --no-route --name {name}",
    "router remove subnet {name} {name}-insub",
  ], ...NETS }),
  write({ name: "router add and remove port", create: "router create {name}", change: [
    "port create {name}-p --network {name}-in --fixed-ip subnet={name}-insub,ip-address=10.84.0.9 -c name -c fixed_ips -f json",
    "router add port {name} {name}-p",
    "router show {name} -c interfaces_info -f json",
    "router add port {name} {name}-p",
    "router remove port {name} {name}-p",
    "router remove port {name} {name}-p",
    "router unset {name} --external-gateway",
    "router set {name} --no-qos-policy",
  ], ...NETS }),
];
