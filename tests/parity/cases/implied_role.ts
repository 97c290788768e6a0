// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

export default [
  // only the write case below makes inference rules on the test cloud, and it removes them
  read("implied role list"),
  read("implied role list -f json", { compare: "json" }),
  read("implied role create e2e-no-such-role --implied-role e2e-no-such-role-2", { compare: "error" }),
  read("implied role delete admin --implied-role e2e-no-such-role", { compare: "error" }),
  read("implied role create admin --implied-role member", { compare: "error", name: "implied role create: the rule exists" }),
  read("implied role create admin", { compare: "usage" }),
  write({ name: "implied role create, delete", setup: ["role create {name}-implied"], teardown: ["role delete {name}-implied"], create: "role create {name}", change: ["implied role create {name} --implied-role {name}-implied", "implied role create {name} --implied-role {name}-implied", "implied role delete {name} --implied-role {name}-implied", "implied role delete {name} --implied-role {name}-implied"], show: "role show {name}", delete: "role delete {name}", volatile: ["id"] }),
];
