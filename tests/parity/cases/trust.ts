// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

// trusts are known by ID only; keystone has no name filter for them, so with two trusts a name
// that is no ID is ambiguous (with exactly one, python shows it)
const TRUST = { show: "trust show {id}", delete: "trust delete {id}", volatile: ["id"] };

export default [
  read("trust create admin demo --project admin --role e2e-no-such-role", { compare: "error" }),
  read("trust create admin e2e-no-such-user --project admin --role member", { compare: "error" }),
  read("trust create admin demo --project admin --role member --trustee-domain e2e-no-such-domain", { compare: "error" }),
  read("trust create admin demo --project e2e-no-such-project --role member", { compare: "error" }),
  read("trust create admin demo --project admin --role member --expiration tomorrow", { compare: "error" }),
  read("trust create admin demo --role member", { compare: "usage" }),
  read("trust create admin demo --project admin", { compare: "usage" }),
  write({ name: "trust create (defaults)", create: "trust create admin demo --project admin --role member", change: ["trust show e2e-no-such-trust", "trust delete e2e-no-such-trust", "trust list -f value -c 'Project ID' -c 'Trustee User ID' -c Impersonation"], ...TRUST }),
  write({ name: "trust create with options", setup: ["user create {name}-u"], teardown: ["user delete {name}-u"], create: "trust create admin {name}-u --project admin --project-domain default --trustor-domain default --trustee-domain default --role member --role reader --impersonate --expiration 2031-01-02T03:04:05", ...TRUST, volatile: ["id", "trustee_user_id"] }),
];
