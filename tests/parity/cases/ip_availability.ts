// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

export default [
  read("ip availability show private -c network_name -c total_ips -c project_id"),
  read("ip availability show e2e-no-such-network", { compare: "error" }),
  read("ip availability show private", { compare: "error", cloud: "demo", name: "ip availability show as demo: admin only" }),
  read("ip availability list --project e2e-no-such-project", { compare: "error" }),
  read("ip availability list --ip-version 5", { compare: "usage" }),
  read("ip availability list --ip-version 6 --project e2e-no-such-project --project-domain Default", { compare: "error" }),
  read("ip availability list --ip-version 6", { cloud: "demo", name: "ip availability list as demo: none it may see" }),
  write({ name: "ip availability list and show of a new network", create: "network create {name}", change: [/* (subnets: Neutron lists them in an order of its own, per network) */ "subnet create {name}-v4 --network {name} --subnet-range 10.9.0.0/24 -f value -c cidr -c allocation_pools", "subnet create {name}-v6 --network {name} --ip-version 6 --subnet-range fd00:e2e:9::/64 -f value -c cidr -c allocation_pools", "ip availability show {name} -c network_name -c total_ips -c used_ips", "ip availability show {name} -f json -c total_ips -c used_ips", "ip availability show {name} -f yaml -c total_ips"], show: "network show {name}", delete: "network delete {name}", volatile: ["id", "created_at", "updated_at", "revision_number", "subnets", "provider:segmentation_id"] }),
];
