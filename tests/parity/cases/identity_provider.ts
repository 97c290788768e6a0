// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const IDS = new URL("../../fixtures/e2e_remote_ids.txt", import.meta.url).pathname;
// each client's remote IDs carry its own name (Keystone wants them unique over all providers)
const own = (v: unknown) => (v as string[]).map((s) => s.replace(/-(py|ts)(?=-|$)/, "-<who>"));
// a provider without --domain gets a domain Keystone makes and nobody deletes: the cases name one
const IDP = {
  setup: ["domain create {name}"],
  teardown: ["domain set --disable {name}", "domain delete {name}"],
  show: "identity provider show {name}",
  delete: "identity provider delete {name}",
  volatile: ["domain_id"],
  masks: { remote_ids: own },
};

export default [
  read("identity provider list"),
  read("identity provider list --enabled -f json", { compare: "json" }),
  read("identity provider show e2e-no-such-idp", { compare: "error" }),
  read("identity provider delete e2e-no-such-idp e2e-no-such-idp-2", { compare: "error" }),
  read("identity provider set e2e-no-such-idp --description x", { compare: "error" }),
  read("identity provider set e2e-no-such-idp --enable --disable", { compare: "usage" }),
  read(`identity provider set e2e-no-such-idp --remote-id x --remote-id-file ${IDS}`, { compare: "usage" }),
  read("identity provider create e2e-no-such-idp --remote-id-file e2e-no-such-file", { compare: "error" }),
  read("identity provider create e2e-no-such-idp --domain e2e-no-such-domain", { compare: "error" }),
  read("identity provider create", { compare: "usage" }),
  write({ name: "identity provider create (domain, remote ids), set", create: "identity provider create {name} --domain {name} --remote-id {name}-a --remote-id {name}-b --description {name}", change: ["identity provider set {name} --remote-id {name}-c --disable", "identity provider show {name} -c enabled -c remote_ids -f json", "identity provider set {name} --enable --description ''"], ...IDP }),
  write({ name: "identity provider create --disable", create: "identity provider create {name} --domain {name} --disable", ...IDP }),
];
