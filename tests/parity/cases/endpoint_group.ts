// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** Filters that match no endpoint of the cloud (a region nobody has). */
const FILTERS = new URL("../../fixtures/e2e_endpoint_group_filters.json", import.meta.url).pathname;
const FILTERS_2 = new URL("../../fixtures/e2e_endpoint_group_filters_2.json", import.meta.url).pathname;
/** A value naming {name}-<suffix>: each client has its own {name}. */
const OWN = (v: unknown) => String(v).replace(/e2e-[0-9a-f]+-\d+-(ts|py)/g, "<name>");
/** Project filters only on a project of each client's own: its catalog then holds only those. */
const GROUP = {
  setup: ["project create {name}-p"],
  teardown: ["project delete {name}-p"],
  show: "endpoint group show {id}",
  delete: "endpoint group delete {id}",
  volatile: ["id"],
  masks: { name: OWN },
};

export default [
  read("endpoint group list"),
  read("endpoint group list --project admin --domain Default"),
  read("endpoint group list --project e2e-no-such-project", { compare: "error" }),
  read("endpoint group list --endpointgroup e2e-no-such-group", { compare: "error" }),
  read("endpoint group list --endpointgroup x --project y", { compare: "usage" }),
  read("endpoint group list", { cloud: "demo", compare: "error" }),
  read("endpoint group show e2e-no-such-group", { compare: "error" }),
  read("endpoint group delete e2e-no-such-group e2e-no-such-group-2", { compare: "error" }),
  read("endpoint group set e2e-no-such-group --name x", { compare: "error" }),
  read("endpoint group create e2e-never-made e2e-no-such-file", { compare: "error" }),
  read("endpoint group create e2e-never-made", { compare: "usage" }),
  read("endpoint group add project e2e-no-such-group admin", { compare: "error" }),
  read("endpoint group remove project e2e-no-such-group admin", { compare: "error" }),
  write({ name: "endpoint group create, show, delete", ...GROUP, create: `endpoint group create {name} ${FILTERS}` }),
  write({ name: "endpoint group create --description, set", ...GROUP, create: `endpoint group create {name} ${FILTERS} --description 'made by e2e'`, change: [`endpoint group set {name} --filters ${FILTERS_2} --description changed`, "endpoint group show {name} -c filters -c description -f json", "endpoint group set {id} --name {name}-n", "endpoint group show {name}-n -c description -f value", "endpoint group set {name}-n --name {name}", "endpoint group set {name} --filters e2e-no-such-file"] }),
  write({ name: "endpoint group add and remove project", ...GROUP, create: `endpoint group create {name} ${FILTERS}`, change: ["endpoint group add project {name} {name}-p", "endpoint group list --endpointgroup {name} -c Name -f value", "endpoint group list --project {name}-p --domain Default -c Name -f value", "endpoint list --project {name}-p -f value", "endpoint group add project {name} e2e-no-such-project", "endpoint group remove project {id} {name}-p --project-domain Default", "endpoint group list --endpointgroup {id} -f value"] }),
];
