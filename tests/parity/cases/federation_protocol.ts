// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const RULES = new URL("../../fixtures/e2e_mapping.json", import.meta.url).pathname;
const RULES_2 = new URL("../../fixtures/e2e_mapping_2.json", import.meta.url).pathname;
// a protocol lives below an identity provider (with a domain of its own) and names a mapping
const PROTOCOL = {
  setup: ["domain create {name}", "identity provider create {name} --domain {name}", `mapping create {name} --rules ${RULES}`, `mapping create {name}-2 --rules ${RULES_2}`],
  teardown: ["mapping delete {name} {name}-2", "identity provider delete {name}", "domain set --disable {name}", "domain delete {name}"],
  create: "federation protocol create {name} --identity-provider {name} --mapping {name}",
  show: "federation protocol show {name} --identity-provider {name}",
  delete: "federation protocol delete {name} --identity-provider {name}",
  volatile: [],
};

export default [
  read("federation protocol list --identity-provider e2e-no-such-idp"),
  read("federation protocol show e2e-no-such-protocol --identity-provider e2e-no-such-idp", { compare: "error" }),
  read("federation protocol delete e2e-no-such-protocol e2e-no-such-protocol-2 --identity-provider e2e-no-such-idp", { compare: "error" }),
  read("federation protocol create e2e-no-such-protocol --identity-provider e2e-no-such-idp --mapping e2e-no-such-mapping", { compare: "error" }),
  read("federation protocol set e2e-no-such-protocol --identity-provider e2e-no-such-idp --mapping e2e-no-such-mapping", { compare: "error" }),
  read("federation protocol create e2e-no-such-protocol --identity-provider e2e-no-such-idp", { compare: "usage" }),
  read("federation protocol list", { compare: "usage" }),
  write({ name: "federation protocol create, list", change: ["federation protocol list --identity-provider {name} -f value", "federation protocol list --identity-provider {name} -f json", "federation protocol show {name} --identity-provider {name} -c mapping -f value"], ...PROTOCOL }),
  // python's protocol set exits 1 after the PATCH, printing <zip object at 0x…> (its take_action
  // returns the zip as the exit status): ours must succeed, and the show after compares the effect
  write({ name: "federation protocol set", masks: { mapping: (v: unknown) => String(v).replace(/e2e-[0-9a-f]+-\d+-(ts|py)/g, "<name>") }, change: [{ argv: "federation protocol set {name} --identity-provider {name} --mapping {name}-2", pythonBug: "exits 1 after the PATCH, printing <zip object at 0x…>" }], ...PROTOCOL }),
];
