// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const PF = "floating ip port forwarding";
/** A made-up ID nothing has. */
const NONE = "00000000-0000-4000-8000-0000000000e5";

/**
 * Each client's floating IP (the case's resource, `{id}`) on its own external network, routed to
 * a port it forwards to. A forwarding made in a change step cannot be named by a later one (its ID
 * is not known to the case), so show, set and delete of an existing forwarding are compared in
 * the steps by listing only; their error paths are compared in full (and by hand, live, before).
 */
const FIP = {
  setup: ["network create {name}-ext --external", "subnet create {name}-extsub --network {name}-ext --subnet-range 10.87.0.0/24", "network create {name}-in", "subnet create {name}-insub --network {name}-in --subnet-range 10.88.0.0/24", "router create {name}-r --external-gateway {name}-ext", "router add subnet {name}-r {name}-insub", "port create {name}-p --network {name}-in --fixed-ip ip-address=10.88.0.20"],
  teardown: ["port delete {name}-p", "router remove subnet {name}-r {name}-insub", "router delete {name}-r", "network delete {name}-in {name}-ext"],
  create: "floating ip create {name}-ext",
  show: "floating ip show {id}",
  delete: "floating ip delete {id}",
  volatile: ["id", "created_at", "updated_at", "revision_number", "floating_network_id", "floating_ip_address", "name", "port_id", "router_id", "subnet_id", "port_details"],
};

export default [
  read(`${PF} list 10.255.255.254`, { compare: "error" }),
  read(`${PF} list`, { compare: "usage" }),
  read(`${PF} show 10.255.255.254 ${NONE}`, { compare: "error" }),
  read(`${PF} show 10.255.255.254`, { compare: "usage" }),
  read(`${PF} delete 10.255.255.254 ${NONE}`, { compare: "error" }),
  read(`${PF} set 10.255.255.254 ${NONE} --description x`, { compare: "error" }),
  read(`${PF} set 10.255.255.254 ${NONE} --protocol icmp`, { compare: "usage" }),
  read(`${PF} set 10.255.255.254 ${NONE} --internal-protocol-port x`, { compare: "usage" }),
  read(`${PF} create 10.255.255.254 --internal-ip-address 10.0.0.1 --port p --internal-protocol-port 22 --external-protocol-port 2222 --protocol tcp`, { compare: "error" }),
  read(`${PF} create 10.255.255.254 --internal-ip-address 10.0.0.1 --port p --internal-protocol-port 22`, { compare: "usage" }),
  read(`${PF} create --internal-ip-address 10.0.0.1 --port p --internal-protocol-port 22 --external-protocol-port 2222 --protocol tcp`, { compare: "usage" }),
  write({ name: "floating ip port forwarding create, list, set, show and delete", change: [
    `${PF} create {id} --internal-ip-address 10.88.0.20 --port {name}-p --internal-protocol-port 22 --external-protocol-port 2222 --protocol tcp --description d -f json`,
    `${PF} create {id} --internal-ip-address 10.88.0.20 --port {name}-p --internal-protocol-port 80 --external-protocol-port 8080 --protocol udp`,
    `${PF} list {id} -c 'Internal IP Address' -c 'Internal Port' -c 'External Port' -c Protocol -c Description --sort-column 'External Port'`,
    `${PF} list {id} --protocol udp --external-protocol-port 8080 --port {name}-p -c 'External Port' -f value`,
    `${PF} list {id} --port e2e-no-such-port`,
    `${PF} create {id} --internal-ip-address 10.88.0.20 --port {name}-p --internal-protocol-port 22 --external-protocol-port 2222 --protocol tcp`,
    `${PF} create {id} --internal-ip-address 10.88.0.20 --port {name}-p --internal-protocol-port 0 --external-protocol-port 2222 --protocol tcp`,
    `${PF} create {id} --internal-ip-address 10.88.0.20 --port e2e-no-such-port --internal-protocol-port 22 --external-protocol-port 2223 --protocol tcp`,
    `${PF} show {id} ${NONE}`,
    `${PF} set {id} ${NONE} --description x`,
    `${PF} set {id} ${NONE}`,
    `${PF} set {id} ${NONE} --external-protocol-port 70000`,
    `${PF} delete {id} ${NONE} e2e-no-such-pf`,
    // Neutron keeps a floating IP that forwards: the port's deletion takes its forwardings
    "port delete {name}-p",
    `${PF} list {id}`,
  ], ...FIP }),
];
