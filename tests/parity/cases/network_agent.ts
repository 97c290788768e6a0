// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/**
 * The test cloud runs Neutron without agents (no L3, DHCP or OVS agent on 127.0.0.1): the lists are
 * empty and every agent ID is unknown, so the cases compare the lists and each command's refusals.
 */
const NO_AGENT = "00000000-0000-4000-8000-0000000000a9";

export default [
  read("network agent list"),
  read("network agent list --long -f json", { compare: "json" }),
  read("network agent list --agent-type l3 --host localhost"),
  read("network agent list --agent-type dhcp -f value"),
  read("network agent list --agent-type nope", { compare: "usage" }),
  read("network agent list --network private"),
  read("network agent list --network e2e-no-such-net", { compare: "error" }),
  read("network agent list --router e2e-no-such-router --long", { compare: "error" }),
  read("network agent list --network private --router x", { compare: "usage" }),
  read(`network agent show ${NO_AGENT}`, { compare: "error" }),
  read(`network agent set ${NO_AGENT} --description x`, { compare: "error" }),
  read(`network agent set ${NO_AGENT} --enable --disable`, { compare: "usage" }),
  read(`network agent delete ${NO_AGENT} e2e-no-such-agent`, { compare: "error" }),
  read(`network agent add network ${NO_AGENT} private --dhcp`, { compare: "error" }),
  read(`network agent remove network ${NO_AGENT} private --dhcp`, { compare: "error" }),
  read(`network agent add router ${NO_AGENT} e2e-no-such-router --l3`, { compare: "error" }),
  read(`network agent remove router ${NO_AGENT} e2e-no-such-router --l3`, { compare: "error" }),
  read("network agent add router --l3", { compare: "usage" }),
  read("network agent show", { compare: "usage" }),
];
