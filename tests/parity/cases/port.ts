// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/**
 * port create is not ours yet: python makes each client's port (and its network) in setup;
 * each client then shows, lists and deletes its own.
 */
const PORT = {
  setup: ["network create {name}-net", "subnet create {name}-sub --network {name}-net --subnet-range 10.81.0.0/24", "port create {name} --network {name}-net --fixed-ip subnet={name}-sub,ip-address=10.81.0.50 --tag b --tag a"],
  teardown: ["network delete {name}-net"],
  create: "port show {name}",
  show: "port show {name}",
  delete: "port delete {name}",
  volatile: ["id", "created_at", "updated_at", "network_id", "revision_number", "mac_address", "fixed_ips", "security_group_ids"],
};

/** Each client's port on its own network and subnet (made by python in setup). */
const NET = {
  setup: ["network create {name}-net", "subnet create {name}-sub --network {name}-net --subnet-range 10.82.0.0/24", "security group create {name}-sg"],
  teardown: ["network delete {name}-net", "security group delete {name}-sg"],
  show: "port show {name}",
  delete: "port delete {name}",
  volatile: ["id", "created_at", "updated_at", "network_id", "revision_number", "mac_address", "fixed_ips", "security_group_ids"],
  // a pair without a MAC takes the port's own
  masks: { allowed_address_pairs: (v: unknown) => (v as { ip_address: string }[]).map((p) => p.ip_address) },
};

export default [
  read("port show e2e-no-such-port", { compare: "error" }),
  read("port delete e2e-no-such-port e2e-no-such-port-2", { compare: "error" }),
  read("port list --network e2e-no-such-net", { compare: "error" }),
  read("port list --router e2e-no-such-router", { compare: "error" }),
  read("port list --server e2e-no-such-server", { compare: "error" }),
  read("port list --fixed-ip subnet=e2e-no-such-subnet", { compare: "error" }),
  read("port list --router a --server b", { compare: "usage" }),
  write({ name: "port show, list and delete", change: ["port list --network {name}-net --long -c Name -c Status -c 'Device Owner' -c Tags -f json", "port list --network {name}-net --fixed-ip ip-address=10.81.0.50 -c Name -f value", "port list --network {name}-net --fixed-ip subnet={name}-sub --name {name} -c Name -f value"], ...PORT }),

  read("port create", { compare: "usage" }),
  read("port create e2e-never-made", { compare: "usage" }),
  read("port create --network e2e-no-such-net", { compare: "usage" }),
  read("port create e2e-never-made --network e2e-no-such-net", { compare: "error" }),
  read("port create e2e-never-made --network e2e-no-such-net --project e2e-no-such-project", { compare: "error" }),
  read("port create e2e-never-made --network x --fixed-ip ip-address=10.0.0.1 --no-fixed-ip", { compare: "usage" }),
  read("port create e2e-never-made --network x --vnic-type bogus", { compare: "usage" }),
  read("port create e2e-never-made --network x --binding-profile bogus", { compare: "error" }),
  read("port create e2e-never-made --network x --binding-profile 5", { compare: "error" }),
  read("port create e2e-never-made --network x --extra-dhcp-option bogus", { compare: "error" }),
  read("port create e2e-never-made --network x --extra-dhcp-option =v", { compare: "error" }),
  read("port set e2e-no-such-port --name x", { compare: "error" }),
  read("port set e2e-no-such-port --fixed-ip subnet=e2e-no-such-subnet", { compare: "error", name: "port set: the subnet is looked up before the port" }),
  read("port set e2e-no-such-port --data-plane-status BOGUS", { compare: "usage" }),
  read("port unset e2e-no-such-port --host", { compare: "error" }),
  read("port unset e2e-no-such-port --tag a --all-tag", { compare: "usage" }),
  write({ name: "port create (defaults)", create: "port create {name} --network {name}-net", ...NET }),
  // (one DHCP option: Neutron lists several in an order of its own)
  write({ name: "port create with options", create: "port create {name} --network {name}-net --fixed-ip subnet={name}-sub,ip-address=10.82.0.7 --description d --disable --binding-profile a=b --binding-profile '{\"c\": [1, 2]}' --security-group {name}-sg --allowed-address ip-address=10.9.9.9,mac-address=fa:16:3e:00:00:01 --allowed-address ip-address=10.9.9.8 --extra-dhcp-option name=foo,value=1,2 --numa-policy-preferred --tag b --tag a --device dev1 --device-owner compute:nova --vnic-type direct", ...NET }),
  write({ name: "port create: errors from Neutron and missing extensions", create: "port create {name} --network {name}-net --no-fixed-ip --enable-port-security", change: ["port create {name}-2 --network {name}-net --dns-name x", "port create {name}-2 --network {name}-net --mac-address bogus", "port create {name}-2 --network {name}-net --qos-policy e2e-no-such-policy", "port create {name}-2 --network {name}-net --security-group e2e-no-such-group", "port create {name}-2 --network {name}-net --fixed-ip subnet=e2e-no-such-subnet", "port create {name}-2 --network {name}-net --fixed-ip ip-address=10.99.0.1"], ...NET }),
  write({ name: "port set and unset", create: "port create {name} --network {name}-net --tag a --binding-profile x=1 --allowed-address ip-address=10.1.1.1 --security-group {name}-sg", change: ["port set {name} --description new --disable --binding-profile y=2 --fixed-ip subnet={name}-sub --allowed-address ip-address=10.2.2.2,mac-address=fa:16:3e:00:00:09 --extra-dhcp-option name=a,value=b --tag b --numa-policy-legacy --device-owner foo", "port unset {name} --binding-profile x --security-group {name}-sg --allowed-address ip-address=10.1.1.1 --tag a --numa-policy", "port unset {name} --binding-profile nope", "port unset {name} --security-group {name}-sg", "port unset {name} --security-group e2e-no-such-group", "port unset {name} --allowed-address ip-address=10.9.9.9", "port unset {name} --fixed-ip ip-address=10.9.9.9", "port set {name} --dns-name x", "port set {name} --data-plane-status ACTIVE", "port set {name} --mac-address bogus"], ...NET }),
  write({ name: "port set --no-... replaces, unset clears", create: "port create {name} --network {name}-net --tag a --binding-profile x=1 --allowed-address ip-address=10.1.1.1", change: ["port set {name} --no-binding-profile --binding-profile z=3 --no-fixed-ip --fixed-ip subnet={name}-sub,ip-address=10.82.0.9 --no-security-group --security-group {name}-sg --no-allowed-address --allowed-address ip-address=10.2.2.2 --no-tag --tag q --enable-port-security", "port unset {name} --fixed-ip subnet={name}-sub,ip-address=10.82.0.9 --host --qos-policy --all-tag", "port set {name}", "port unset {name}", "port set {name} --name {name}"], ...NET }),
];
