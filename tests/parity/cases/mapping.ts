// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const RULES = new URL("../../fixtures/e2e_mapping.json", import.meta.url).pathname;
const RULES_2 = new URL("../../fixtures/e2e_mapping_2.json", import.meta.url).pathname;
const BAD = new URL("../../fixtures/e2e_mapping_bad.json", import.meta.url).pathname;

export default [
  read("mapping list"),
  read("mapping show e2e-no-such-mapping", { compare: "error" }),
  read("mapping delete e2e-no-such-mapping e2e-no-such-mapping-2", { compare: "error" }),
  read("mapping create e2e-no-such-mapping --rules e2e-no-such-file", { compare: "error" }),
  read(`mapping create e2e-no-such-mapping --rules ${BAD}`, { compare: "error" }),
  read(`mapping set e2e-no-such-mapping --rules ${BAD}`, { compare: "error" }),
  read(`mapping set e2e-no-such-mapping --rules ${RULES}`, { compare: "error" }),
  read("mapping set e2e-no-such-mapping", { compare: "error" }),
  read("mapping create e2e-no-such-mapping", { compare: "usage" }),
  write({ name: "mapping create, set", create: `mapping create {name} --rules ${RULES}`, change: [`mapping set {name} --rules ${RULES_2}`, "mapping show {name} -f value -c rules", "mapping show {name} -f yaml"], show: "mapping show {name}", delete: "mapping delete {name}", volatile: [] }),
];
