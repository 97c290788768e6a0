// deno-fmt-ignore-file: one case per line
import { read, V21 } from "../case.ts";

const V233 = "--os-compute-api-version 2.33";
const V253 = "--os-compute-api-version 2.53";
const V287 = "--os-compute-api-version 2.87";
const V292 = "--os-compute-api-version 2.92";
/** What other cases' servers do not change. */
const STABLE = "-c hypervisor_hostname -c hypervisor_type -c host_ip -c state -c status -c cpu_info -c vcpus -c memory_mb -c local_gb -c service_host";
const STATS = "-c count -c vcpus -c memory_mb -c local_gb";

export default [
  // novaclient speaks 2.1 unless pinned; ours pins to compare, and caps its own default at 2.87
  read(`${V21} hypervisor list`),
  read(`${V21} hypervisor list --long -c ID -c "Hypervisor Hostname" -c vCPUs -c "Memory MB"`, { name: "hypervisor list --long (sizes)" }),
  read(`${V21} hypervisor list -f json`),
  read(`${V253} hypervisor list`, { name: "hypervisor list 2.53 (UUIDs)" }),
  read(`${V292} hypervisor list --long -c ID -c State -c vCPUs`, { name: "hypervisor list --long 2.92 (no sizes)" }),
  read(`${V21} hypervisor list --matching osc`),
  read(`${V253} hypervisor list --matching osc --long`, { name: "hypervisor list --matching 2.53 (pattern query)" }),
  read(`${V233} hypervisor list --limit 1 -c "Hypervisor Hostname"`, { name: "hypervisor list --limit 2.33" }),
  read(`${V21} hypervisor list --matching e2e-no-such-host`, { compare: "error" }),
  read(`${V21} hypervisor list --limit 1`, { compare: "error", name: "hypervisor list --limit needs 2.33" }),
  read(`${V21} hypervisor list --marker 1`, { compare: "error", name: "hypervisor list --marker needs 2.33" }),
  read("hypervisor list --matching osc --limit 1", { compare: "error", name: "hypervisor list: --matching with --limit" }),
  read("hypervisor list --limit x", { compare: "usage" }),
  read(`${V21} hypervisor list`, { compare: "error", cloud: "demo" }),
  read(`${V21} hypervisor show oscloud ${STABLE}`, { name: "hypervisor show 2.1" }),
  read(`${V21} hypervisor show 1 ${STABLE} -f json`, { name: "hypervisor show by id 2.1 -f json" }),
  read(`${V287} hypervisor show oscloud ${STABLE} -f json`, { name: "hypervisor show 2.87 -f json" }),
  read(`${V21} hypervisor show e2e-no-such-host`, { compare: "error" }),
  read(`${V292} hypervisor show oscloud`, { compare: "error", name: "hypervisor show 2.92: the fake driver has no uptime" }),
  read(`${V21} hypervisor show oscloud`, { compare: "error", cloud: "demo" }),
  read("hypervisor show", { compare: "usage", name: "hypervisor show without a hypervisor" }),
  read(`${V21} hypervisor stats show ${STATS}`, { name: "hypervisor stats show 2.1" }),
  read(`${V287} hypervisor stats show ${STATS} -f json`, { name: "hypervisor stats show 2.87 -f json" }),
  read(`${V292} hypervisor stats show`, { compare: "error", name: "hypervisor stats show: gone at 2.88" }),
  read(`${V21} hypervisor stats show`, { compare: "error", cloud: "demo" }),
];
