// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/** The types come from the driver up.sh's fakebind registers (Open vSwitch's set). */
export default [
  read("network qos rule type list --sort-column Type"),
  read("network qos rule type list -f json", { compare: "json" }),
  read("network qos rule type list", { cloud: "demo" }),
  read("network qos rule type show bandwidth_limit"),
  read("network qos rule type show minimum_bandwidth -f json", { compare: "json" }),
  read("network qos rule type show dscp_marking -f yaml", { cloud: "demo" }),
  read("network qos rule type show e2e-no-such-type", { compare: "error" }),
  read("network qos rule type show", { compare: "usage" }),
];
