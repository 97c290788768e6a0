// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

// (python lists its network plugins' commands too: the groups this client has are compared)
export default [
  read("command list --group openstack.cli"),
  read("command list --group openstack.cli -f json", { compare: "json" }),
  read("command list --group openstack.cli -f value"),
  read("command list --group e2e-no-such-group"),
  read("module list --all --e2e-no-such-option", { compare: "usage" }),
];
