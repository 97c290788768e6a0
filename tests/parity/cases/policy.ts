// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const RULES = new URL("../../fixtures/e2e_policy.json", import.meta.url).pathname;
const RULES_2 = new URL("../../fixtures/e2e_policy_2.json", import.meta.url).pathname;
// policies are known by ID only; keystone has no name filter for them, so with two policies a
// name that is no ID is ambiguous, and with one left, a deleted ID finds that one. So a policy
// case runs alone: only its own two policies exist while it runs, and none after its deletes.
const POLICY = { show: "policy show {id}", delete: "policy delete {id}", volatile: ["id"], alone: true };

export default [
  // no policies exist while the read cases run (the write cases run alone and delete theirs)
  read("policy list -f csv"),
  read("policy list --long -f csv"),
  read("policy delete e2e-no-such-policy e2e-no-such-policy-2", { compare: "error" }),
  read("policy create e2e-no-such-file", { compare: "error" }),
  read("policy set e2e-no-such-policy --type text/plain", { compare: "error" }),
  read("policy set e2e-no-such-policy --rules e2e-no-such-file", { compare: "error" }),
  read("policy create", { compare: "usage" }),
  write({ name: "policy create (defaults)", create: `policy create ${RULES}`, change: ["policy show e2e-no-such-policy"], ...POLICY }),
  // not `policy set {id}` alone: Keystone's 400 spans lines, which ours folds into one (README)
  write({ name: "policy create --type, set", create: `policy create ${RULES} --type text/plain`, change: [`policy set {id} --rules ${RULES_2}`, "policy set {id} --type application/json"], ...POLICY }),
];
