// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

// credentials are known by ID only: show and delete take the ID create printed. alone: keystone
// has no name filter for credentials, so a show of a gone ID shows the one credential left, if
// exactly one is (EC2 credentials count)
const CREDENTIAL = { show: "credential show {id}", delete: "credential delete {id}", volatile: ["id"] };

export default [
  read("credential list --type e2e-no-such-type"),
  read("credential list --type e2e-no-such-type --user admin --user-domain default -f json", { compare: "json" }),
  read("credential list --user e2e-no-such-user", { compare: "error" }),
  read("credential list --user admin --user-domain e2e-no-such-domain", { compare: "error" }),
  read("credential delete e2e-no-such-credential e2e-no-such-credential-2", { compare: "error" }),
  read("credential create e2e-no-such-user data", { compare: "error" }),
  read("credential create admin data --project e2e-no-such-project", { compare: "error" }),
  read("credential create admin", { compare: "usage" }),
  read("credential set e2e-no-such-credential --user admin --type cert --data x", { compare: "error" }),
  read("credential set e2e-no-such-credential --user e2e-no-such-user --type cert --data x", { compare: "error" }),
  read("credential set e2e-no-such-credential --type cert --data x", { compare: "usage" }),
  write({ name: "credential create (defaults)", alone: true, create: "credential create admin {name}", ...CREDENTIAL }),
  // the type filter finds exactly this credential; with two or more credentials, a name that is
  // no ID is ambiguous (keystone ignores the name filter)
  write({ name: "credential create with options, list, set", alone: true, create: "credential create admin {name} --type {name} --project admin", change: ["credential list --type {name} -f value", "credential list --user admin --type {name} -f json", "credential show e2e-no-such-credential", "credential set {id} --user admin --type {name} --data {name}"], ...CREDENTIAL }),
];
