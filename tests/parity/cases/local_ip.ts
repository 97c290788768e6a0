// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A made-up port ID nothing has. */
const NO_PORT = "00000000-0000-4000-8000-0000000000e5";

/** Each case has its own network (with a subnet to take addresses from). */
const LIP = {
  setup: ["network create {name}", "subnet create {name} --network {name} --subnet-range 10.98.0.0/24"],
  show: "local ip show {name}",
  delete: "local ip delete {name}",
  teardown: ["network delete {name}"],
  volatile: ["id", "created_at", "updated_at", "network_id", "local_port_id", "local_ip_address"],
};

export default [
  read("local ip show e2e-no-such-local-ip", { compare: "error" }),
  read("local ip delete e2e-no-such-local-ip e2e-no-such-local-ip-2", { compare: "error" }),
  read("local ip set e2e-no-such-local-ip --name x", { compare: "error" }),
  read("local ip create --name e2e-never-made --network e2e-no-such-network", { compare: "error" }),
  read("local ip create --name e2e-never-made --local-port e2e-no-such-port", { compare: "error" }),
  read("local ip list --network e2e-no-such-network", { compare: "error" }),
  read("local ip list --project e2e-no-such-project", { compare: "error" }),
  read("local ip list --name e2e-no-such-local-ip"),
  read("local ip association list e2e-no-such-local-ip", { compare: "error" }),
  read("local ip association create e2e-no-such-local-ip e2e-no-such-port", { compare: "error" }),
  read(`local ip association delete e2e-no-such-local-ip ${NO_PORT}`, { compare: "error" }),
  write({ name: "local ip create --network", create: "local ip create --name {name} --network {name} --description 'made by e2e'", ...LIP }),
  write({ name: "local ip set, list and associations", create: "local ip create --name {name} --network {name}", change: ["local ip set {name} --description changed", "local ip set {name}", "local ip list --name {name} -c Name -c Description -c 'IP mode'", "local ip association list {name}", `local ip association create {name} ${NO_PORT}`], ...LIP }),
];
