// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const AS = { show: "address scope show {name}", delete: "address scope delete {name}", volatile: ["id"] };

export default [
  read("address scope list --name e2e-no-such-scope"),
  read("address scope list --name e2e-no-such-scope --ip-version 6 --share -f json", { compare: "json" }),
  read("address scope list --no-share --project demo --name e2e-no-such-scope"),
  read("address scope list --project e2e-no-such-project", { compare: "error" }),
  read("address scope list --share --no-share", { compare: "usage" }),
  read("address scope show e2e-no-such-scope", { compare: "error" }),
  read("address scope delete e2e-no-such-scope e2e-no-such-scope-2", { compare: "error" }),
  read("address scope set e2e-no-such-scope --name x", { compare: "error" }),
  read("address scope create e2e-never-made --ip-version 5", { compare: "usage" }),
  read("address scope create e2e-never-made --share --no-share", { compare: "usage" }),
  read("address scope create e2e-never-made --project e2e-no-such-project", { compare: "error" }),
  read("address scope create e2e-never-made --share", { compare: "error", cloud: "demo", name: "address scope create --share as demo: refused by policy" }),
  write({ name: "address scope create (defaults)", create: "address scope create {name}", ...AS }),
  write({ name: "address scope create --ip-version 6 --share --project demo", create: "address scope create {name} --ip-version 6 --share --project demo --project-domain Default", ...AS }),
  write({ name: "address scope create as demo", cloud: "demo", create: "address scope create {name} --no-share", ...AS }),
  write({ name: "address scope set", create: "address scope create {name}", change: ["address scope set {name} --share", "address scope set {name}", "address scope set {name} --no-share --extra-property type=bool,name=shared,value=true"], ...AS }),
];
