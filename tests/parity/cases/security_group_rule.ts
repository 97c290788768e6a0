// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

type Rule = Record<string, unknown>;
/** A group's rules without what two fresh groups never share, in a stable order. */
const rules = (v: unknown) => (v as Rule[]).map(({ id: _i, security_group_id: _g, remote_group_id: _r, created_at: _c, updated_at: _u, revision_number: _n, standard_attr_id: _s, ...r }) => JSON.stringify(r)).sort();

/** Each client's rule goes in its own group (named {name}, made by python); deleting the group removes it. */
const SGR = {
  setup: ["security group create {name}"],
  show: "security group show {name}",
  delete: "security group delete {name}",
  volatile: ["id", "created_at", "updated_at", "revision_number", "security_group_id", "remote_group_id"],
  masks: { rules },
};

export default [
  read("security group rule show e2e-no-such-rule", { compare: "error" }),
  read("security group rule delete e2e-no-such-rule e2e-no-such-rule-2", { compare: "error" }),
  read("security group rule list e2e-no-such-group", { compare: "error" }),
  read("security group rule list --ingress --egress", { compare: "usage" }),
  read("security group rule create e2e-no-such-group", { compare: "error" }),
  read("security group rule create e2e-no-such-group --dst-port x", { compare: "error" }),
  read("security group rule create e2e-no-such-group --dst-port 5:3", { compare: "usage" }),
  read("security group rule create e2e-no-such-group --dst-port 1:2:3", { compare: "usage" }),
  read("security group rule create e2e-no-such-group --ethertype ipx", { compare: "usage" }),
  read("security group rule create e2e-no-such-group --remote-ip 10.0.0.0/8 --remote-group x", { compare: "usage" }),
  read("security group rule create e2e-no-such-group --icmp-type x", { compare: "usage" }),
  write({ name: "security group rule create tcp, then list and errors", create: "security group rule create {name} --protocol TCP --dst-port 22 --description x", change: ["security group rule list {name} --ingress -f json", "security group rule list {name} --protocol tcp --long", "security group rule list {name} --egress -c 'IP Protocol' -c Ethertype -c 'IP Range' -c 'Port Range' -c Direction --sort-column Ethertype", "security group rule create {name} --protocol tcp --dst-port 22 --description x", "security group rule create {name} --dst-port 1 --icmp-type 3", "security group rule create {name} --icmp-code 3", "security group rule create {name} --protocol tcp --icmp-type 3", "security group rule create {name} --remote-address-group e2e-no-such-group", "security group rule create {name} --project e2e-no-such-project"], ...SGR }),
  write({ name: "security group rule create icmp egress", create: "security group rule create {name} --protocol icmp --icmp-type 3 --icmp-code 0 --egress", change: ["security group rule list {name} --egress --protocol icmp -f value -c 'Port Range' -c Direction"], ...SGR }),
  write({ name: "security group rule create ipv6-icmp from its own group", create: "security group rule create {name} --proto ipv6-icmp --remote-group {name}", ...SGR }),
  write({ name: "security group rule create udp range, ipv6 lowercase, remote ip", create: "security group rule create {name} --protocol udp --dst-port 5:9 --ethertype ipv6 --remote-ip ::1/128", change: ["security group rule list {name} --ingress -c 'Port Range' -c 'IP Range' -c Ethertype -f csv"], ...SGR }),
  write({ name: "security group rule create any protocol", create: "security group rule create {name} --protocol any --ingress --project admin", ...SGR }),
];
