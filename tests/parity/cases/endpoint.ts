// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A value naming {name} or {name}-<suffix>: each client has its own {name}. */
const OWN = (v: unknown) => String(v).replace(/e2e-[0-9a-f]+-\d+-(ts|py)/g, "<name>");
/**
 * Endpoints only for a service and region of each client's own (type {name}-t, a type no client
 * looks for), and project filters only on a project of its own: a project with any endpoint of
 * its own sees only those in its catalog.
 */
const ENDPOINT = {
  setup: ["region create {name}-r", "service create {name}-t --name {name}-s", "project create {name}-p"],
  teardown: ["service delete {name}-t", "region delete {name}-r", "project delete {name}-p"],
  create: "endpoint create {name}-s public http://e2e.invalid/{name} --region {name}-r",
  show: "endpoint show {id}",
  delete: "endpoint delete {id}",
  volatile: ["id", "service_id"],
  masks: { region: OWN, region_id: OWN, service_name: OWN, service_type: OWN, url: OWN },
};

export default [
  read("endpoint list --sort-column URL --sort-column Interface -c 'Service Name' -c Interface -c URL -c Enabled -c Region"),
  read("endpoint list --service compute --interface public -c 'Service Type' -c URL -f json", { compare: "json" }),
  read("endpoint list --service nova --region RegionOne --interface internal -f value -c URL"),
  read("endpoint list --service e2e-no-such-service", { compare: "error" }),
  read("endpoint list --project e2e-no-such-project", { compare: "error" }),
  read("endpoint list --interface e2e-bad", { compare: "usage" }),
  read("endpoint list --endpoint x --project y", { compare: "usage" }),
  read("endpoint list", { cloud: "demo", compare: "error" }),
  read("endpoint show e2e-no-such-endpoint", { compare: "error" }),
  read("endpoint delete e2e-no-such-endpoint", { compare: "error" }),
  read("endpoint set e2e-no-such-endpoint --url http://e2e.invalid", { compare: "error" }),
  read("endpoint create e2e-no-such-service public http://e2e.invalid", { compare: "error" }),
  read("endpoint create nova e2e-bad http://e2e.invalid", { compare: "usage" }),
  read("endpoint create nova e2e-bad", { compare: "usage", name: "endpoint create: a bad interface before a missing url" }),
  read("endpoint create nova", { compare: "usage" }),
  read("endpoint create nova public http://e2e.invalid --enable --disable", { compare: "usage" }),
  read("endpoint add project e2e-no-such-endpoint admin", { compare: "error" }),
  read("endpoint remove project e2e-no-such-endpoint admin", { compare: "error" }),
  write({ name: "endpoint create, show, delete", ...ENDPOINT }),
  write({ name: "endpoint create --disable, set", ...ENDPOINT, create: "endpoint create {name}-t internal http://e2e.invalid/{name} --region {name}-r --disable", change: ["endpoint set {id} --url http://e2e.invalid/{name}/2 --interface admin --enable", "endpoint list --service {name}-t -c 'Service Name' -c Interface -c URL -c Enabled -f value", "endpoint list --region {name}-r --interface admin -c URL -f value", "endpoint set {id} --disable", "endpoint set {id} --service e2e-no-such-service"] }),
  write({ name: "endpoint add and remove project", ...ENDPOINT, change: ["endpoint add project {id} {name}-p", "endpoint list --endpoint {id} -c Name -f value", "endpoint list --project {name}-p --project-domain Default -c URL -c Interface -f value", "endpoint add project {id} e2e-no-such-project", "endpoint remove project {id} {name}-p --project-domain default", "endpoint list --endpoint {id} -f value"] }),
];
