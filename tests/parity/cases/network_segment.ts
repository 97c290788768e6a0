// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** Each segment sits on a network of its own case. */
const SEG = { setup: ["network create {name}-net"], show: "network segment show {name}", delete: "network segment delete {name}", teardown: ["network delete {name}-net"], volatile: ["id", "network_id", "segmentation_id"] };
/** Ranges may not overlap (Neutron's 409): each client's range is on a physical network named after it. */
const RANGE = { show: "network segment range show {name}", delete: "network segment range delete {name}", volatile: ["id", "project_id"] };

export default [
  read("network segment list"),
  read("network segment list --long -f json", { compare: "json" }),
  read("network segment list --network private"),
  read("network segment list --network e2e-no-such-net", { compare: "error" }),
  read("network segment show e2e-no-such-segment", { compare: "error" }),
  read("network segment delete e2e-no-such-segment e2e-no-such-segment-2", { compare: "error" }),
  read("network segment set e2e-no-such-segment --name x", { compare: "error" }),
  read("network segment create e2e-never-made --network private", { compare: "usage" }),
  read("network segment create e2e-never-made --network private --network-type ipsec", { compare: "usage" }),
  read("network segment create e2e-never-made --network private --network-type vxlan --segment x", { compare: "usage" }),
  read("network segment create e2e-never-made --network e2e-no-such-net --network-type vxlan", { compare: "error" }),
  read("network segment range list"),
  read("network segment range list --long"),
  read("network segment range list --used -f json", { compare: "json" }),
  read("network segment range list --unused -c Name -c Available"),
  read("network segment range list --available -f value -c 'Network Type' -c Available"),
  read("network segment range list --unavailable"),
  read("network segment range list --used --unused", { compare: "usage" }),
  read("network segment range show e2e-no-such-range", { compare: "error" }),
  read("network segment range delete e2e-no-such-range e2e-no-such-range-2", { compare: "error" }),
  read("network segment range set e2e-no-such-range --name x", { compare: "error" }),
  read("network segment range set e2e-no-such-range --minimum 5", { compare: "error" }),
  read("network segment range create e2e-never-made --network-type vxlan --minimum 1", { compare: "usage" }),
  read("network segment range create e2e-never-made --network-type mpls --minimum 1 --maximum 2", { compare: "usage" }),
  read("network segment range create e2e-never-made --network-type vxlan --minimum 1 --maximum 2 --shared --private", { compare: "usage" }),
  read("network segment range create e2e-never-made --network-type vxlan --minimum 1 --maximum 2 --project demo", { compare: "error" }),
  read("network segment range create e2e-never-made --network-type vxlan --physical-network p --minimum 1 --maximum 2", { compare: "error" }),
  read("network segment range create e2e-never-made --network-type vlan --minimum 1 --maximum 2 --private --project e2e-no-such-project", { compare: "error" }),
  read("network segment range create e2e-never-made --network-type vlan --physical-network e2e-p --minimum 1 --maximum 2", { compare: "error", cloud: "demo" }),
  write({ name: "network segment create (defaults)", create: "network segment create {name} --network {name}-net --network-type vxlan", change: ["network segment list --network {name}-net -c Name -c 'Network Type' -f value --sort-column Name", "network segment set {name} --description changed --name {name}", "network segment set {name}"], ...SEG }),
  write({ name: "network segment create with options", create: "network segment create {name} --network {name}-net --network-type vxlan --description 'made by e2e'", change: ["network segment list --network {name}-net --long -c Name -c 'Network Type' -c 'Physical Network' -f value --sort-column Name", "network segment show {name} -c description -c name -f value"], ...SEG }),
  write({ name: "network segment range create (shared vlan)", create: "network segment range create {name} --network-type vlan --physical-network {name} --minimum 100 --maximum 110", change: ["network segment range set {name} --minimum 100 --maximum 120", "network segment range set {name} --maximum 130", "network segment range set {name} --name {name}", "network segment range show {name} -c available -c used -f json"], ...RANGE }),
  write({ name: "network segment range create (private, a project)", create: "network segment range create {name} --private --project demo --project-domain Default --network-type vlan --physical-network {name} --minimum 7 --maximum 9", ...RANGE }),
  write({ name: "network segment range create --private (own project)", create: "network segment range create {name} --private --network-type vlan --physical-network {name} --minimum 1 --maximum 4094" , ...RANGE }),
];
