// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const AC = { show: "application credential show {name}", delete: "application credential delete {name}", volatile: ["id", "secret"] };
const RULES = `'[{"service": "compute", "method": "GET", "path": "/v2.1/servers/{name}"}]'`;

export default [
  read("application credential show e2e-no-such-credential", { compare: "error" }),
  read("application credential delete e2e-no-such-credential e2e-no-such-credential-2", { compare: "error" }),
  read("application credential list --user e2e-no-such-user", { compare: "error" }),
  read("application credential list --user admin --user-domain e2e-no-such-domain", { compare: "error" }),
  read("application credential list --user demo -f json", { compare: "json" }),
  read("application credential create e2e-never-made --expiration 2031-13-02T03:04:05", { compare: "error" }),
  read("application credential create e2e-never-made --expiration tomorrow", { compare: "error" }),
  read("application credential create e2e-never-made --access-rules e2e-no-such-file", { compare: "error" }),
  read("application credential create e2e-never-made --role e2e-no-such-role", { compare: "error" }),
  read("application credential create", { compare: "usage" }),
  read("access rule show e2e-no-such-rule --user x", { compare: "usage" }),
  read("access rule list --user e2e-no-such-user", { compare: "error" }),
  read("access rule list --user demo", {}),
  write({ name: "application credential create (defaults)", create: "application credential create {name}", ...AC }),
  write({ name: "application credential create with options", create: "application credential create {name} --role admin --role member --description 'made by e2e' --expiration 2031-01-02T03:04:05 --secret e2e-secret-{name} --unrestricted", ...AC }),
  write({ name: "application credential create --restricted wins", create: "application credential create {name} --unrestricted --restricted", ...AC }),
  // the rule outlives its application credential; in use, it may not be deleted; keystone has no
  // name filter, so with two rules a name that is no ID is ambiguous (with one, python takes it)
  write({ name: "access rule show, delete (made by application credential create)", create: `application credential create {name} --access-rules ${RULES}`, idKey: "access_rules.0.id", change: ["access rule show {id} -f value", "access rule delete {id}", "access rule delete e2e-no-such-rule", "access rule list -f value -c Service -c Method", "application credential delete {name}"], show: "access rule show {id}", delete: "access rule delete {id}", teardown: ["application credential delete {name}", "access rule delete {id}"], volatile: ["id", "path", "access_rules", "secret"] }),
];
