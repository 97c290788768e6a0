// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const QP = { show: "network qos policy show {name}", delete: "network qos policy delete {name}", volatile: ["id"] };

export default [
  read("network qos policy list --project e2e-no-such-project", { compare: "error" }),
  read("network qos policy list --share --no-share", { compare: "usage" }),
  read("network qos policy show e2e-no-such-policy", { compare: "error" }),
  read("network qos policy delete e2e-no-such-policy e2e-no-such-policy-2", { compare: "error" }),
  read("network qos policy set e2e-no-such-policy --name x", { compare: "error" }),
  read("network qos policy create e2e-never-made --default --no-default", { compare: "usage" }),
  read("network qos policy create e2e-never-made --project e2e-no-such-project", { compare: "error" }),
  read("network qos policy create e2e-never-made --share", { compare: "error", cloud: "demo", name: "network qos policy create --share as demo: refused by policy" }),
  write({ name: "network qos policy create (defaults)", create: "network qos policy create {name}", ...QP }),
  write({ name: "network qos policy create with options", create: "network qos policy create {name} --description 'made by e2e' --share --project demo --project-domain Default --no-default", ...QP }),
  // Neutron lets only admins make QoS policies: a member gets the 403 (and python's wording of it)
  read("network qos policy create e2e-never-made --no-share", { compare: "error", cloud: "demo" }),
  write({ name: "network qos policy set", create: "network qos policy create {name}", change: ["network qos policy set {name} --description changed --share", "network qos policy set {name}", "network qos policy set {name} --no-share --no-default"], ...QP }),
];
