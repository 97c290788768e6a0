// deno-fmt-ignore-file: one case per line
import { read, V21, write } from "../case.ts";

const V264 = "--os-compute-api-version 2.64";
const V215 = "--os-compute-api-version 2.15";
/** Each client's group is called {name}: lists are filtered to it with -c and a name match. */
const SG_VOLATILE = ["id"];

export default [
  // find_server_group(ignore_missing=True) hands python a None: its AttributeError is the message
  read("server group show e2e-no-such-group", { compare: "error" }),
  read("server group delete e2e-no-such-group", { compare: "error" }),
  // microversion checks and KeyValueAction's error, before anything is made
  read(`${V21} server group create e2e-never-made --policy soft-affinity`, { compare: "error", name: "server group create soft policy needs 2.15" }),
  read(`${V215} server group create e2e-never-made --policy anti-affinity --rule max_server_per_host=2`, { compare: "error", name: "server group create --rule needs 2.64" }),
  read("server group create e2e-never-made --rule novalue", { compare: "error", name: "server group create --rule without =" }),
  read(`${V264} server group create e2e-never-made --policy affinity --rule max_server_per_host=2`, { compare: "error", name: "server group create: Nova refuses a rule for affinity" }),
  read("server group create e2e-never-made --policy bogus", { compare: "usage", name: "server group create bad policy" }),
  read("server group create", { compare: "usage", name: "server group create without name" }),
  read("server group delete", { compare: "usage", name: "server group delete without name" }),
  read("server group list --limit x", { compare: "usage", name: "server group list --limit not a number" }),
  write({ name: "server group create (2.1: policies)", create: `${V21} server group create {name}`, show: `${V21} server group show {name}`, delete: "server group delete {name}", volatile: SG_VOLATILE }),
  write({ name: "server group create (2.64: policy and rules)", create: `${V264} server group create {name} --policy anti-affinity --rule max_server_per_host=2`, show: `${V264} server group show {name}`, delete: "server group delete {name}", volatile: SG_VOLATILE }),
  write({ name: "server group create soft-anti-affinity (2.15)", create: `${V215} server group create {name} --policy soft-anti-affinity`, show: "server group show {name}", delete: "server group delete {name}", volatile: SG_VOLATILE }),
  // a name that is not there fails alone; the group named after it is still deleted
  write({ name: "server group delete: partial failure", create: `${V264} server group create {name}`, change: ["server group delete {name}-nope {name}-nope2"], show: "server group show {name}", delete: "server group delete {name}", volatile: SG_VOLATILE }),
];
