// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** Each subnet on its own network ({name}-net), made before and removed after. */
const SUB = {
  setup: ["network create {name}-net"],
  teardown: ["network delete {name}-net"],
  show: "subnet show {name}",
  delete: "subnet delete {name}",
  volatile: ["id", "created_at", "updated_at", "network_id", "revision_number", "project_id"],
};

export default [
  read("subnet show e2e-no-such-subnet", { compare: "error" }),
  read("subnet delete e2e-no-such-subnet e2e-no-such-subnet-2", { compare: "error" }),
  read("subnet set e2e-no-such-subnet --name x", { compare: "error" }),
  read("subnet unset e2e-no-such-subnet --gateway", { compare: "error" }),
  read("subnet list --network e2e-no-such-net", { compare: "error" }),
  read("subnet list --subnet-pool e2e-no-such-pool", { compare: "error" }),
  read("subnet list --ip-version 5", { compare: "usage" }),
  read("subnet list --dhcp --no-dhcp", { compare: "usage" }),
  read("subnet create e2e-never-made --subnet-range 10.0.0.0/24", { compare: "usage", name: "subnet create: --network is required" }),
  read("subnet create e2e-never-made --network e2e-no-such-net --subnet-range 10.0.0.0/24", { compare: "error" }),
  read("subnet create e2e-never-made --network private --subnet-range 10.0.0.0/24 --network-segment x", { compare: "error", name: "subnet create: no segments plugin" }),
  write({ name: "subnet create (defaults)", create: "subnet create {name} --network {name}-net --subnet-range 10.71.0.0/24", ...SUB }),
  // (one allocation pool: Neutron lists several in an order of its own)
  write({ name: "subnet create with options and tags", create: "subnet create {name} --network {name}-net --subnet-range 10.72.0.0/24 --no-dhcp --gateway 10.72.0.254 --allocation-pool start=10.72.0.10,end=10.72.0.20 --dns-nameserver 8.8.8.8 --dns-nameserver 1.1.1.1 --host-route destination=10.9.0.0/16,gateway=10.72.0.5 --description 'made by e2e' --tag zeta --tag alpha", ...SUB }),
  write({ name: "subnet create ipv6 without gateway", create: "subnet create {name} --network {name}-net --subnet-range fd00:71::/64 --ip-version 6 --ipv6-ra-mode slaac --ipv6-address-mode slaac --gateway none", ...SUB }),
  write({ name: "subnet set and unset", create: "subnet create {name} --network {name}-net --subnet-range 10.73.0.0/24 --dns-nameserver 8.8.8.8 --tag a --tag b", change: ["subnet set {name} --name {name} --description changed --no-dhcp --gateway 10.73.0.254 --dns-nameserver 1.1.1.1 --host-route destination=10.9.0.0/16,gateway=10.73.0.5 --allocation-pool start=10.73.0.100,end=10.73.0.110 --tag c", "subnet unset {name} --dns-nameserver 8.8.8.8 --host-route destination=10.9.0.0/16,gateway=10.73.0.5 --tag a", "subnet set {name} --no-allocation-pool --allocation-pool start=10.73.0.50,end=10.73.0.60 --no-dns-nameservers --no-tag --tag z --dhcp", "subnet unset {name} --gateway --all-tag", "subnet list --network {name}-net -c Name -c Subnet -f value", "subnet list --network {name}-net --long -c Name -c DHCP -c 'Allocation Pools' -c Gateway -f json"], ...SUB }),
  write({ name: "subnet set and unset: refused values", create: "subnet create {name} --network {name}-net --subnet-range 10.74.0.0/24", change: ["subnet set {name} --gateway auto", "subnet unset {name} --dns-nameserver 9.9.9.9", "subnet unset {name} --host-route destination=10.1.0.0/16,gateway=10.74.0.1", "subnet unset {name} --allocation-pool start=10.74.0.2,end=10.74.0.3", "subnet set {name} --gateway 10.99.0.1"], ...SUB }),
];
