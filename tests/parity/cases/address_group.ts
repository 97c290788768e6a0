// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const AG = { show: "address group show {name}", delete: "address group delete {name}", volatile: ["id"] };

export default [
  read("address group list --name e2e-no-such-group"),
  read("address group list --name e2e-no-such-group --project demo -f json", { compare: "json" }),
  read("address group list --project e2e-no-such-project", { compare: "error" }),
  read("address group show e2e-no-such-group", { compare: "error" }),
  read("address group delete e2e-no-such-group e2e-no-such-group-2", { compare: "error" }),
  read("address group set e2e-no-such-group --name x", { compare: "error" }),
  read("address group unset e2e-no-such-group --address 10.0.0.1", { compare: "error" }),
  read("address group create e2e-never-made --address not-an-address", { compare: "error" }),
  read("address group create e2e-never-made --address 10.0.0.1/33", { compare: "error" }),
  read("address group create e2e-never-made --project e2e-no-such-project", { compare: "error" }),
  read("address group create", { compare: "usage" }),
  write({ name: "address group create (defaults)", create: "address group create {name}", ...AG }),
  write({ name: "address group create with addresses", create: "address group create {name} --description 'made by e2e' --address 10.0.0.1 --address 10.1.0.0/16 --address FD00:0:0::1 --address 10.2 --project demo --project-domain Default", ...AG }),
  write({ name: "address group create as demo", cloud: "demo", create: "address group create {name} --address 192.0.2.0/24", ...AG }),
  write({ name: "address group set and unset", create: "address group create {name} --address 10.0.0.1", change: ["address group set {name} --description changed --address 10.0.0.2 --address fd00::/64", "address group unset {name} --address 10.0.0.1", "address group set {name}", "address group unset {name}", "address group set {name} --address 10.0.0.2", "address group unset {name} --address 10.9.9.9", "address group set {name} --address bad"], ...AG }),
];
