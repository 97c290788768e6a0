// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const V11 = "--os-volume-api-version 3.11";

export default [
  read("volume group type list", { compare: "error", name: "volume group type list needs 3.11" }),
  read("volume group type show default_cgsnapshot_type", { compare: "error", name: "volume group type show needs 3.11" }),
  // public types only (the demo user's view): the write case below makes a private one meanwhile
  read(`${V11} volume group type list`, { cloud: "demo", name: "volume group type list as demo" }),
  read(`${V11} volume group type list --default`, { compare: "error", name: "volume group type list --default (none set)" }),
  read(`${V11} volume group type delete e2e-no-such-group-type`, { compare: "error" }),
  read(`${V11} volume group type set e2e-no-such-group-type --name x`, { compare: "error" }),
  read(`${V11} volume group type create e2e-never-made --public --private`, { compare: "usage" }),
  read(`${V11} volume group type create e2e-never-made`, { compare: "error", cloud: "demo", name: "volume group type create as demo (refused)" }),
  // python's show fails on its own typo ('Namespace' object has no attribute 'group'): set without
  // options prints the same fields
  write({ name: "volume group type create, set", create: `${V11} volume group type create {name} --private --description d`, change: [`${V11} volume group type set {name} --property a=b --description e`, `${V11} volume group type set {name} --no-property --property c=d`], show: `${V11} volume group type set {name}`, delete: `${V11} volume group type delete {name}`, volatile: ["ID"] }),
];
