// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A rule has no name: each case's rule lives in a policy of its own, shown by the id create printed. */
const RULE = { setup: ["network qos policy create {name}-qp"], show: "network qos rule show {name}-qp {id}", delete: "network qos rule delete {name}-qp {id}", teardown: ["network qos policy delete {name}-qp"], volatile: ["id"] };
const NO_RULE = "00000000-0000-4000-8000-0000000000e4";

export default [
  read("network qos rule list e2e-no-such-policy", { compare: "error" }),
  read(`network qos rule show e2e-no-such-policy ${NO_RULE}`, { compare: "error" }),
  read(`network qos rule delete e2e-no-such-policy ${NO_RULE}`, { compare: "error" }),
  read(`network qos rule set e2e-no-such-policy ${NO_RULE} --max-kbps 1`, { compare: "error" }),
  read("network qos rule create e2e-no-such-policy --type bandwidth-limit --max-kbps 1", { compare: "error" }),
  read("network qos rule create e2e-no-such-policy --max-kbps 1", { compare: "usage" }),
  read("network qos rule create e2e-no-such-policy --type packet-rate-limit --max-kbps 1", { compare: "usage" }),
  read("network qos rule create e2e-no-such-policy --type bandwidth-limit --ingress --egress", { compare: "usage" }),
  read("network qos rule create e2e-no-such-policy --type bandwidth-limit --max-kbps x", { compare: "usage" }),
  read("network qos rule show e2e-no-such-policy", { compare: "usage" }),
  write({ name: "network qos rule create bandwidth-limit", create: "network qos rule create {name}-qp --type bandwidth-limit --max-kbps 1000 --max-burst-kbits 800 --egress", change: ["network qos rule list {name}-qp -c Type -c 'Max Kbps' -c 'Max Burst Kbits' -c Direction", "network qos rule set {name}-qp {id} --max-kbps 2000 --ingress", "network qos rule set {name}-qp {id}", "network qos rule set {name}-qp {id} --min-kbps 5", "network qos rule set {name}-qp {id} --any", `network qos rule show {name}-qp ${NO_RULE}`, `network qos rule delete {name}-qp ${NO_RULE}`, `network qos rule set {name}-qp ${NO_RULE} --max-kbps 1`], ...RULE }),
  write({ name: "network qos rule create dscp-marking", create: "network qos rule create {name}-qp --type dscp-marking --dscp-mark 10", change: ["network qos rule list {name}-qp -f json -c Type -c 'DSCP mark' -c 'Min Kbps'", "network qos rule set {name}-qp {id} --dscp-mark 12", "network qos rule set {name}-qp {id} --dscp-mark 13", "network qos rule create {name}-qp --type dscp-marking --dscp-mark 14", "network qos rule create {name}-qp --type dscp-marking --dscp-mark 11", "network qos rule create {name}-qp --type dscp-marking --dscp-mark 16 --egress"], ...RULE }),
  write({ name: "network qos rule create minimum-bandwidth", create: "network qos rule create {name}-qp --type minimum-bandwidth --min-kbps 100 --egress", change: ["network qos rule create {name}-qp --type minimum-bandwidth --min-kbps 100", "network qos rule set {name}-qp {id} --min-kbps 200", "network qos rule list {name}-qp -f value -c Type -c 'Min Kbps' -c Direction"], ...RULE }),
  write({ name: "network qos rule create minimum-packet-rate --any", create: "network qos rule create {name}-qp --type minimum-packet-rate --min-kpps 100 --any", change: ["network qos rule set {name}-qp {id} --min-kpps 300 --egress", "network qos rule show {name}-qp {id} -f yaml", "network qos rule create {name}-qp --type bandwidth-limit --max-kbps 5 --any"], ...RULE }),
];
