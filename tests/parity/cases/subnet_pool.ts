// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const SP = { show: "subnet pool show {name}", delete: "subnet pool delete {name}", volatile: ["id", "created_at", "updated_at", "revision_number"] };
/** A scope of each client's own, for the pools that join one. */
const SCOPED = { ...SP, volatile: [...SP.volatile, "address_scope_id"], setup: ["address scope create {name}-scope"], teardown: ["address scope delete {name}-scope"] };

export default [
  read("subnet pool list --name e2e-no-such-pool"),
  read("subnet pool list --long --name e2e-no-such-pool --share --default --project admin"),
  read("subnet pool list --no-share --no-default --name e2e-no-such-pool --tags a,b --not-any-tags c -f json", { compare: "json" }),
  read("subnet pool list --address-scope e2e-no-such-scope", { compare: "error" }),
  read("subnet pool list --project e2e-no-such-project", { compare: "error" }),
  read("subnet pool list --share --no-share", { compare: "usage" }),
  read("subnet pool show e2e-no-such-pool", { compare: "error" }),
  read("subnet pool delete e2e-no-such-pool e2e-no-such-pool-2", { compare: "error" }),
  read("subnet pool set e2e-no-such-pool --name x", { compare: "error" }),
  read("subnet pool set e2e-no-such-pool --address-scope x --no-address-scope", { compare: "usage" }),
  read("subnet pool set e2e-no-such-pool --max-prefix-length -2", { compare: "error" }),
  read("subnet pool unset e2e-no-such-pool --tag a", { compare: "error" }),
  read("subnet pool create e2e-never-made", { compare: "usage" }),
  read("subnet pool create e2e-never-made --pool-prefix 10.0.0.0/8 --default-prefix-length -1", { compare: "error" }),
  read("subnet pool create e2e-never-made --max-prefix-length -3 --default-prefix-length -1", { compare: "error", name: "subnet pool create: the first negative length in argv order, before the missing --pool-prefix" }),
  read("subnet pool create e2e-never-made --pool-prefix not-a-cidr", { compare: "error" }),
  read("subnet pool create e2e-never-made --pool-prefix 10.0.0.0/8 --address-scope e2e-no-such-scope", { compare: "error" }),
  read("subnet pool create e2e-never-made --pool-prefix 10.0.0.0/8 --default --no-default", { compare: "usage" }),
  read("subnet pool create e2e-never-made --pool-prefix 10.0.0.0/8 --share", { compare: "error", cloud: "demo", name: "subnet pool create --share as demo: refused by policy" }),
  write({ name: "subnet pool create (defaults)", create: "subnet pool create {name} --pool-prefix 10.250.0.0/16", ...SP }),
  write({ name: "subnet pool create with options and tags", create: "subnet pool create {name} --pool-prefix 10.251.0.0/16 --pool-prefix 10.252.0.0/16 --default-prefix-length 24 --min-prefix-length 20 --max-prefix-length 28 --description 'made by e2e' --default-quota 512 --no-share --no-default --tag zeta --tag alpha", ...SP }),
  write({ name: "subnet pool create --share --project demo (IPv6)", create: "subnet pool create {name} --pool-prefix fd00:e2e::/48 --share --project demo --project-domain Default", ...SP }),
  write({ name: "subnet pool create --address-scope", create: "subnet pool create {name} --pool-prefix 10.253.0.0/16 --address-scope {name}-scope", ...SCOPED }),
  write({ name: "subnet pool set and unset", create: "subnet pool create {name} --pool-prefix 10.254.0.0/16 --tag a --tag b", change: ["subnet pool set {name} --pool-prefix 10.255.0.0/16 --description changed --default-quota 64 --min-prefix-length 12 --max-prefix-length 30 --default-prefix-length 26 --tag c", "subnet pool unset {name} --tag a", "subnet pool set {name} --no-tag --tag z", "subnet pool set {name}", "subnet pool unset {name} --all-tag"], ...SP }),
  write({ name: "subnet pool set --address-scope, --no-address-scope", create: "subnet pool create {name} --pool-prefix 10.249.0.0/16", change: ["subnet pool set {name} --address-scope {name}-scope", "subnet pool set {name} --no-address-scope --name {name}"], ...SCOPED }),
  write({ name: "subnet pool set: bad prefix", create: "subnet pool create {name} --pool-prefix 10.248.0.0/16", change: ["subnet pool set {name} --pool-prefix 10.248.0.0/33", "subnet pool set {name} --min-prefix-length 30 --max-prefix-length 20"], ...SP }),
];
