// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A made-up profile ID nothing has. */
const NO_PROFILE = "00000000-0000-4000-8000-0000000000e2";
const L3 = "--service-type L3_ROUTER_NAT";
const SINGLE_NODE = "neutron.services.l3_router.service_providers.single_node.SingleNodeDriver";

const FLAVOR = { show: "network flavor show {name}", delete: "network flavor delete {name}", volatile: ["id"] };
/** Profiles have no name: shown and deleted by the id their create printed. */
const PROFILE = { show: "network flavor profile show {id}", delete: "network flavor profile delete {id}", volatile: ["id"] };

export default [
  // the lists hold whatever else is on the cloud: recorded once, replayed in the unit tests
  read("network flavor list", { fixture: "network_flavor_list", live: false }),
  read("network flavor list -f json", { fixture: "network_flavor_list_json", live: false }),
  read("network flavor profile list", { fixture: "network_flavor_profile_list", live: false }),
  read("network flavor profile list -f json", { fixture: "network_flavor_profile_list_json", live: false }),
  read("network flavor show e2e-no-such-flavor", { compare: "error" }),
  read("network flavor delete e2e-no-such-flavor e2e-no-such-flavor-2", { compare: "error" }),
  read("network flavor set e2e-no-such-flavor --name x", { compare: "error" }),
  read("network flavor create e2e-never-made", { compare: "usage" }),
  read(`network flavor create e2e-never-made ${L3} --enable --disable`, { compare: "usage" }),
  read(`network flavor create e2e-never-made ${L3} --project e2e-no-such-project`, { compare: "error" }),
  read("network flavor create e2e-never-made --service-type E2E_NO_SUCH_SERVICE", { compare: "error" }),
  read(`network flavor add profile e2e-no-such-flavor ${NO_PROFILE}`, { compare: "error" }),
  read(`network flavor remove profile e2e-no-such-flavor ${NO_PROFILE}`, { compare: "error" }),
  read(`network flavor profile show ${NO_PROFILE}`, { compare: "error" }),
  read(`network flavor profile delete ${NO_PROFILE} e2e-no-such-profile`, { compare: "error" }),
  read("network flavor profile set e2e-no-such-profile --description x", { compare: "error" }),
  read("network flavor profile create --description e2e-never-made", { compare: "error", name: "network flavor profile create without --driver or --metainfo" }),
  read("network flavor profile create --metainfo e2e --enable --disable", { compare: "usage" }),
  read("network flavor profile create --driver e2e.no.such.Driver", { compare: "error" }),
  read("network flavor profile create --metainfo e2e --project e2e-no-such-project", { compare: "error" }),
  write({ name: "network flavor create (defaults)", create: `network flavor create {name} ${L3}`, ...FLAVOR }),
  write({ name: "network flavor create with options", create: `network flavor create {name} ${L3} --description 'made by e2e' --disable --project admin --project-domain Default`, ...FLAVOR }),
  write({ name: "network flavor set", create: `network flavor create {name} ${L3} --disable`, change: ["network flavor set {name} --description changed --enable", "network flavor set {name}", "network flavor set {name} --disable --name {name}"], ...FLAVOR }),
  write({ name: "network flavor: a name two flavors have", setup: [`network flavor create {name} ${L3}`], create: `network flavor create {name} ${L3}`, change: ["network flavor show {name}", "network flavor set {name} --description x", "network flavor delete {name}"], show: "network flavor show {id}", delete: "network flavor delete {id}", teardown: ["network flavor delete {name}"], volatile: ["id"] }),
  write({ name: "network flavor profile create --metainfo", create: "network flavor profile create --metainfo {name}", ...PROFILE }),
  write({ name: "network flavor profile create with options", create: `network flavor profile create --driver ${SINGLE_NODE} --metainfo '{"e2e": 1}' --description {name} --disable --project admin --project-domain Default`, ...PROFILE }),
  write({ name: "network flavor profile set", create: "network flavor profile create --metainfo {name} --disable", change: ["network flavor profile set {id} --description changed --enable --metainfo '{\"e2e\": 2}'", "network flavor profile set {id}", "network flavor profile set {id} --disable --driver ''"], ...PROFILE }),
  write({ name: "network flavor add and remove profile", setup: [`network flavor create {name} ${L3}`], create: "network flavor profile create --metainfo {name}", change: ["network flavor add profile {name} {id}", "network flavor show {name} -c service_profile_ids -f json", "network flavor add profile {name} {id}", "network flavor remove profile {name} {id}", "network flavor show {name} -c service_profile_ids", "network flavor remove profile {name} {id}"], teardown: ["network flavor delete {name}"], ...PROFILE }),
];
