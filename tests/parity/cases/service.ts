// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A service of our own: its type is its name (e2e-…), a type no client looks for. */
/** A value naming {name}-<suffix>: each client has its own {name}. */
const OWN = (v: unknown) => String(v).replace(/e2e-[0-9a-f]+-\d+-(ts|py)/g, "<name>");
const SERVICE = { show: "service show {id}", delete: "service delete {id}", volatile: ["id"] };

export default [
  read("service list --sort-column Name"),
  read("service list --long -f json", { compare: "json" }),
  read("service show compute"),
  read("service show nova -f json", { compare: "json" }),
  read("service show e2e-no-such-service", { compare: "error" }),
  read("service show nova", { cloud: "demo", compare: "error" }),
  read("service delete e2e-no-such-service e2e-no-such-service-2", { compare: "error" }),
  read("service set e2e-no-such-service --name x", { compare: "error" }),
  read("service create e2e-never-made --enable --disable", { compare: "usage" }),
  write({ name: "service create (defaults)", create: "service create {name}", ...SERVICE }),
  write({ name: "service create, set, find by name and type", create: "service create {name} --name {name} --description 'made by e2e' --disable", change: ["service set {name} --description changed --enable", "service show {name} -c type -f value", "service set {id} --type {name}-t --name {name}-n", "service show {name}-t -c name -f value", "service set {name}-n --disable"], ...SERVICE, masks: { name: OWN, type: OWN } }),
  write({ name: "service: a name two services have", setup: ["service create {name}-other --name {name}"], teardown: ["service delete {name}-other"], create: "service create {name} --name {name}", change: ["service show {name}", "service delete {name}", "service set {name} --enable"], ...SERVICE }),
];
