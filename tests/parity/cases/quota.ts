// deno-fmt-ignore-file: one case per line
import { read, V21, write } from "../case.ts";

/**
 * quota show's fields but python's `location` (openstacksdk's record of where the network request
 * went) and the per-volume-type quotas (one per volume type: the other cases make types meanwhile).
 */
const FIELDS = ["backup-gigabytes", "backups", "cores", "fixed-ips", "floating-ips", "gigabytes", "gigabytes___DEFAULT__", "groups", "injected-file-size", "injected-files", "injected-path-size", "instances", "key-pairs", "networks", "per-volume-gigabytes", "ports", "project", "project_name", "properties", "ram", "rbac_policies", "routers", "secgroup-rules", "secgroups", "server-group-members", "server-groups", "snapshots", "subnet_pools", "subnets", "volumes", "volumes___DEFAULT__"].map((c) => `-c ${c}`).join(" ");

export default [
  read(`${V21} quota show ${FIELDS}`),
  read(`${V21} quota show demo -f json ${FIELDS}`, { compare: "json" }),
  read(`${V21} quota show demo --default ${FIELDS}`),
  read(`${V21} quota show --class default -f json -c cores -c instances -c volumes -c backups -c project -c project_name`, { compare: "json" }),
  read("quota show e2e-no-such-project", { compare: "error" }),
  read("quota show --class e2e-no-such-class", { compare: "error", name: "quota show --class: the class is looked up as a project" }),
  read("quota show demo --class --default", { compare: "usage" }),
  read(`${V21} quota list --compute`),
  read("quota list --network"),
  read("quota list --volume --detail"),
  read("quota list --network --detail --project demo"),
  read(`${V21} quota list --compute --detail --project demo -f json`, { compare: "json" }),
  read("quota list --network --project e2e-no-such-project", { compare: "error" }),
  read("quota list --network", { compare: "error", cloud: "demo" }),
  read("quota list --detail", { compare: "usage" }),
  read("quota list --compute --volume", { compare: "usage" }),
  read("quota set e2e-no-such-project --cores 5", { compare: "error" }),
  read("quota set --class e2e-no-such-class --networks 3", { name: "quota set --class: network quotas ignored, nothing sent" }),
  read("quota set demo --cores x", { compare: "usage" }),
  read("quota set --cores 5", { compare: "usage", name: "quota set without a project" }),
  write({
    name: "quota set, show and list of a new project",
    create: "project create {name}",
    change: [
      `${V21} quota set {name} --cores 7 --ram 1024 --key-pairs 9 --volumes 4 --volume-type __DEFAULT__ --gigabytes 9 --backups 3 --networks 5 --ports 20 --secgroups 6 --force --check-limit`,
      `${V21} quota list --compute --project {name} -c Cores -c Ram -c 'Key Pairs' -c Instances`,
      "quota list --volume --project {name} -f json -c Backups -c Gigabytes -c Volumes",
      "quota list --network --project {name} -c Networks -c Ports -c 'Security Groups' -c Routers",
      "quota set {name} --volumes -7",
    ],
    show: `${V21} quota show {name} ${FIELDS}`,
    delete: "project delete {name}",
    volatile: ["id", "project"],
  }),
];
