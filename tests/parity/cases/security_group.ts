// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** What two fresh groups never share: ids, times, and the rules (their ids and the group's). */
const SG = {
  show: "security group show {name}",
  delete: "security group delete {name}",
  volatile: ["id", "created_at", "updated_at", "rules", "revision_number"],
};

export default [
  read("security group list -c Name -c Description --sort-column Name", { cloud: "demo" }),
  read("security group list -f json -c Name -c Tags", { cloud: "demo", compare: "json" }),
  read("security group list --project demo -c Name -f value"),
  read("security group show default", { cloud: "demo" }),
  read("security group show default -f json", { cloud: "demo", compare: "json" }),
  read("security group show default", { compare: "error", name: "security group show: a name several projects use" }),
  read("security group show e2e-no-such-group", { compare: "error" }),
  read("security group delete e2e-no-such-group e2e-no-such-group-2", { compare: "error" }),
  read("security group set e2e-no-such-group --name x", { compare: "error" }),
  read("security group unset e2e-no-such-group --all-tag", { compare: "error" }),
  read("security group create e2e-never-made --stateful --stateless", { compare: "usage" }),
  read("security group create e2e-never-made --project e2e-no-such-project", { compare: "error" }),
  write({ name: "security group create (defaults)", create: "security group create {name}", ...SG }),
  write({ name: "security group create with options and tags", create: "security group create {name} --description 'made by e2e' --stateless --tag zeta --tag alpha", ...SG }),
  write({ name: "security group create --project demo", create: "security group create {name} --project demo --project-domain Default", ...SG }),
  write({ name: "security group set and unset", create: "security group create {name} --tag a --tag b", change: ["security group set {name} --description changed --stateless --tag c", "security group unset {name} --tag a", "security group set {name} --no-tag --tag z"], ...SG }),
  write({ name: "security group unset --all-tag", create: "security group create {name} --tag a", change: ["security group unset {name} --all-tag"], ...SG }),
];
