// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A made-up rule ID nothing has. */
const NO_RULE = "00000000-0000-4000-8000-0000000000e3";

const METER = { show: "network meter show {name}", delete: "network meter delete {name}", volatile: ["id", "project_id"] };
/** Rules have no name: shown and deleted by the id their create printed; each has its own meter. */
const RULE = { setup: ["network meter create {name}"], show: "network meter rule show {id}", delete: "network meter rule delete {id}", teardown: ["network meter delete {name}"], volatile: ["id", "metering_label_id"] };

export default [
  // the lists are empty while the read cases run (write cases delete their meters): csv
  // still prints the columns
  read("network meter list"),
  read("network meter list -f csv"),
  read("network meter rule list -f csv"),
  read("network meter rule list -f json"),
  read("network meter show e2e-no-such-meter", { compare: "error" }),
  read("network meter delete e2e-no-such-meter e2e-no-such-meter-2", { compare: "error" }),
  read("network meter create e2e-never-made --share --no-share", { compare: "usage" }),
  read("network meter create e2e-never-made --project e2e-no-such-project", { compare: "error" }),
  read("network meter create", { compare: "usage" }),
  read(`network meter rule show ${NO_RULE}`, { compare: "error" }),
  read(`network meter rule delete ${NO_RULE} e2e-no-such-rule`, { compare: "error" }),
  read("network meter rule create e2e-no-such-meter", { compare: "error" }),
  read("network meter rule create e2e-no-such-meter --exclude --include", { compare: "usage" }),
  read("network meter rule create e2e-no-such-meter --ingress --egress", { compare: "usage" }),
  write({ name: "network meter create (defaults)", create: "network meter create {name}", ...METER }),
  write({ name: "network meter create with options", create: "network meter create {name} --description 'made by e2e' --share --project admin --project-domain Default", ...METER }),
  write({ name: "network meter create --no-share", create: "network meter create {name} --no-share", ...METER }),
  write({ name: "network meter: a name two meters have", setup: ["network meter create {name}"], create: "network meter create {name}", change: ["network meter show {name}", "network meter delete {name}", "network meter rule create {name}"], show: "network meter show {id}", delete: "network meter delete {id}", teardown: ["network meter delete {name}"], volatile: ["id", "project_id"] }),
  write({ name: "network meter rule create --remote-ip-prefix (a deprecation warning)", create: "network meter rule create {name} --remote-ip-prefix 10.0.0.0/8", change: ["network meter rule show {id}", "network meter rule show {id} -f value -c direction"], ...RULE }),
  write({ name: "network meter rule create with options", create: "network meter rule create {name} --exclude --egress --source-ip-prefix 10.1.0.0/16 --destination-ip-prefix 192.168.0.0/24 --project admin --project-domain Default", change: ["network meter rule show {id}", `network meter rule delete ${NO_RULE}`], ...RULE }),
  write({ name: "network meter rule create --include --ingress", create: "network meter rule create {name} --include --ingress --source-ip-prefix 10.2.0.0/16", ...RULE }),
];
