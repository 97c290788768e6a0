// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const V11 = "--os-volume-api-version 3.11";
const V13 = "--os-volume-api-version 3.13";
const V38 = "--os-volume-api-version 3.38";
const V70 = "--os-volume-api-version 3.70";

export default [
  read("volume group list", { compare: "error", name: "volume group list needs 3.13" }),
  read(`${V13} volume group list`),
  read(`${V13} volume group show e2e-no-such-group`, { compare: "error" }),
  read(`${V13} volume group show e2e-no-such-group --volumes`, { compare: "error", name: "volume group show --volumes needs 3.25" }),
  read(`${V13} volume group delete e2e-no-such-group`, { compare: "error" }),
  read(`${V13} volume group failover e2e-no-such-group`, { compare: "error", name: "volume group failover needs 3.38" }),
  read(`${V38} volume group failover e2e-no-such-group`, { compare: "error" }),
  read(`${V13} volume group create e2e-no-such-group-type __DEFAULT__`, { compare: "error" }),
  read(`${V13} volume group create default_cgsnapshot_type`, { compare: "usage", name: "volume group create without a volume type" }),
  // Cinder keeps this group type for consistency groups
  read(`${V13} volume group create default_cgsnapshot_type __DEFAULT__ --name e2e-never-made`, { compare: "error", name: "volume group create with the consistency group type (refused)" }),
  // python's show asks cinderclient for a show() it lacks: set without options shows the group;
  // set with a new description shows empty fields (cinderclient's update hands back an empty dict);
  // this backend refuses replication (the group type does not ask for it)
  write({ name: "volume group create, set, failover (refused)", setup: [`${V11} volume group type create {name}-gt --private`], create: `${V13} volume group create {name}-gt __DEFAULT__ --name {name} --description d --availability-zone nova`, settled: (g) => g.Status === "available", change: [`${V13} volume group set {name} --description e`, `${V13} volume group set {name} --enable-replication`, `${V38} volume group set {name} --disable-replication`, `${V38} volume group failover {name} --allow-attached-volume --secondary-backend-id e2e-backend`], show: `${V70} volume group set {name}`, delete: `${V13} volume group delete {name}`, teardown: [`${V11} volume group type delete {name}-gt`], volatile: ["ID", "Status", "Group Type", "Created At"] }),
];
