// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const V11 = "--os-volume-api-version 3.11";
const V13 = "--os-volume-api-version 3.13";
const V14 = "--os-volume-api-version 3.14";

export default [
  read(`${V13} volume group snapshot list`, { compare: "error", name: "volume group snapshot list needs 3.14" }),
  read(`${V14} volume group snapshot list --all-projects`),
  read(`${V14} volume group snapshot show e2e-no-such-snapshot`, { compare: "error" }),
  read(`${V14} volume group snapshot delete e2e-no-such-snapshot`, { compare: "error" }),
  read(`${V14} volume group snapshot create e2e-no-such-group`, { compare: "error" }),
  // a group snapshot needs a group holding a volume (python's volume create puts one in a group
  // through --consistency-group); the group list and the volume show give each its time to be
  // available. python's show asks cinderclient's groups for a show() they lack: the
  // consistency group API shows the snapshot instead
  write({ name: "volume group snapshot create; delete", setup: [`${V11} volume group type create {name}-gt --private`, `${V13} volume group create {name}-gt __DEFAULT__ --name {name}-grp`, `${V13} volume group list`, "volume create {name}-vol --size 1 --type __DEFAULT__ --consistency-group {name}-grp", "volume show {name}-vol"], create: `${V14} volume group snapshot create {name}-grp --name {name} --description d`, show: "consistency group snapshot show {name}", settled: (s) => s.status === "available", delete: `${V14} volume group snapshot delete {name}`, teardown: [`${V13} volume group delete --force {name}-grp`, "volume show {name}-vol", `${V11} volume group type delete {name}-gt`], volatile: ["ID", "Status", "Group", "Group Type", "id", "status", "consistencygroup_id", "created_at"] }),
];
