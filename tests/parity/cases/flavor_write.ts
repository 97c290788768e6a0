// deno-fmt-ignore-file: one case per line
import { read, V21, write } from "../case.ts";

const FLAVOR = { show: "flavor show {name}", delete: "flavor delete {name}", volatile: ["id"] };

export default [
  // refused before anything is made, or by Nova without a change
  read("flavor create e2e-never-made --project demo", { compare: "error", name: "flavor create --project needs --private" }),
  read("flavor create e2e-never-made --rxtx-factor abc", { compare: "usage", name: "flavor create: --rxtx-factor not a float" }),
  read("flavor create e2e-never-made --ram x", { compare: "usage", name: "flavor create: --ram not an int" }),
  read("flavor create e2e-never-made --public --private", { compare: "usage", name: "flavor create: --public with --private" }),
  read("flavor create m1.tiny", { compare: "error", name: "flavor create: the name is taken (409)" }),
  read(`${V21} flavor create e2e-never-made --description x`, { compare: "error", name: "flavor create --description needs 2.55" }),
  read("flavor delete e2e-no-such-flavor e2e-no-such-flavor-2", { compare: "error", name: "flavor delete: every failure reported" }),
  read("flavor set e2e-no-such-flavor --property a=b", { compare: "error", name: "flavor set: unknown flavor" }),
  read("flavor unset e2e-no-such-flavor --property a", { compare: "error", name: "flavor unset: unknown flavor" }),
  read("flavor set m1.tiny --project demo", { compare: "error", name: "flavor set --project: a public flavor" }),
  read("flavor unset m1.tiny --project demo", { compare: "error", name: "flavor unset --project: a public flavor" }),
  read("flavor unset m1.tiny --property e2e-no-such-key", { compare: "error", name: "flavor unset: no such extra spec" }),
  read(`${V21} flavor set m1.tiny --description x`, { compare: "error", name: "flavor set --description needs 2.55" }),
  read("flavor set m1.tiny --property novalue", { compare: "error", name: "flavor set: --property without =" }),
  // made, changed, shown, deleted
  write({ name: "flavor create (defaults)", create: "flavor create {name}", ...FLAVOR }),
  write({ name: "flavor create with sizes, properties and a description", create: "flavor create {name} --ram 64 --disk 1 --ephemeral 2 --swap 16 --vcpus 2 --rxtx-factor 1.5 --property a=b --property c=d --description 'made by e2e'", ...FLAVOR }),
  write({ name: "flavor set and unset", create: "flavor create {name} --property a=b --property c=d", change: ["flavor set {name} --property e=f --description changed", "flavor unset {name} --property a", "flavor set {name} --no-property --property g=h"], ...FLAVOR }),
  write({ name: "flavor create --private --project, then access changed", create: "flavor create {name} --private --project demo --id e2e-{name}", change: ["flavor set {name} --project admin", "flavor unset {name} --project demo"], ...FLAVOR }),
];
