// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** Each client's policy covers an object of its own, made by setup; policies have ids only. */
const RBAC = { show: "network rbac show {id}", delete: "network rbac delete {id}", volatile: ["id", "object_id"] };
const ON_NET = { ...RBAC, setup: ["network create {name}-net"], teardown: ["network delete {name}-net"] };

export default [
  read("network rbac list --type address_group --action access_as_external"),
  read("network rbac list --long --type subnetpool --action access_as_external -f json", { compare: "json" }),
  read("network rbac list --type bogus", { compare: "usage" }),
  read("network rbac show e2e-no-such-policy", { compare: "error" }),
  read("network rbac delete e2e-no-such-policy e2e-no-such-policy-2", { compare: "error" }),
  read("network rbac set e2e-no-such-policy --target-project demo", { compare: "error" }),
  read("network rbac create e2e-no-such-net --type network --action access_as_shared", { compare: "usage" }),
  read("network rbac create e2e-no-such-net --type network --target-all-projects", { compare: "usage" }),
  read("network rbac create e2e-no-such-net --type bogus --action access_as_shared --target-all-projects", { compare: "usage" }),
  read("network rbac create e2e-no-such-net --type network --action access_as_shared --target-all-projects --target-project demo", { compare: "usage" }),
  read("network rbac create e2e-no-such-net --type network --action access_as_shared --target-all-projects", { compare: "error" }),
  read("network rbac create e2e-no-such-scope --type address_scope --action access_as_shared --target-project demo", { compare: "error" }),
  read("network rbac create e2e-no-such-group --type address_group --action access_as_shared --target-project demo", { compare: "error" }),
  read("network rbac create e2e-no-such-policy --type qos_policy --action access_as_shared --target-project demo", { compare: "error" }),
  read("network rbac create default --type security_group --action access_as_shared --target-project demo", { compare: "error", name: "network rbac create: a security group name several projects use" }),
  write({ name: "network rbac create (network, shared with demo)", create: "network rbac create {name}-net --type network --action access_as_shared --target-project demo --target-project-domain Default", ...ON_NET }),
  write({ name: "network rbac create (network, external, all projects)", create: "network rbac create {name}-net --type network --action access_as_external --target-all-projects --project admin", ...ON_NET }),
  write({ name: "network rbac create (address scope)", create: "network rbac create {name}-as --type address_scope --action access_as_shared --target-project demo", ...RBAC, setup: ["address scope create {name}-as"], teardown: ["address scope delete {name}-as"] }),
  write({ name: "network rbac create (subnet pool)", create: "network rbac create {name}-sp --type subnetpool --action access_as_shared --target-all-projects", ...RBAC, setup: ["subnet pool create {name}-sp --pool-prefix 10.247.0.0/16"], teardown: ["subnet pool delete {name}-sp"] }),
  write({ name: "network rbac set", create: "network rbac create {name}-net --type network --action access_as_shared --target-project demo", change: ["network rbac set {id} --target-project admin", "network rbac set {id}", "network rbac set {id} --target-project e2e-no-such-project"], ...ON_NET }),
  write({ name: "network rbac create: the same policy twice", create: "network rbac create {name}-net --type network --action access_as_shared --target-project demo", change: ["network rbac create {name}-net --type network --action access_as_shared --target-project demo"], ...ON_NET }),
];
