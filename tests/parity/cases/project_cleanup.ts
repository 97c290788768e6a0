// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

// Each client cleans a project of its own. Python cleans block storage and network at once, so
// its lines interleave in no fixed order when both hold something: the case holds network
// resources only. The admin user joins the project as a member only, so that the cleanup's
// router listing (python's has no project filter) sees the project's routers alone.
const R = (s: string) => `${s} -f value -c name`;
export default [
  read("project cleanup --dry-run", { compare: "usage" }),
  read("project cleanup --project e2e-no-such-project --dry-run", { compare: "error" }),
  write({
    name: "project cleanup (dry run, time filter, cleanup)",
    create: "project create --domain Default {name}",
    show: "project show {name}",
    delete: "project delete {name}",
    makesProject: true,
    stdin: "maybe\ny\n",
    change: [
      "role add --user admin --user-domain Default --project {name} member",
      R("network create --project {name} {name}-net"),
      R("subnet create --project {name} --network {name}-net --subnet-range 10.232.0.0/24 {name}-sub"),
      R("router create --project {name} {name}-r1"),
      "router add subnet {name}-r1 {name}-sub",
      R("router create --project {name} {name}-r2"),
      R("security group create --project {name} {name}-sg"),
      "project cleanup --project {name} --dry-run",
      "project cleanup --project {name} --created-before 2000-01-01T00:00:00 --updated-before 2000-01-01 --dry-run",
      "project cleanup --project {name}",
      "project cleanup --project {name} --dry-run",
    ],
    volatile: ["id"],
  }),
];
