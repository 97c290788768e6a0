// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

// Only projects the cases make are purged: a dry run against another project would be harmless,
// but a broken --dry-run would not be.
export default [
  read("project purge", { compare: "usage", name: "project purge without a project" }),
  read("project purge --auth-project --project e2e-no-such-project", { compare: "usage" }),
  read("project purge --project e2e-no-such-project", { compare: "error" }),
  read("project purge --project e2e-no-such-project --project-domain e2e-no-such-domain", { compare: "error" }),
  write({
    name: "project purge of a new project",
    create: "project create {name}",
    change: ["project purge --project {name} --dry-run", "project purge --project {name} --keep-project --project-domain default"],
    show: "project show {name}",
    // the purge deletes the project itself last (-q: its warning names the project by ID)
    delete: "project purge --project {name} -q",
    volatile: ["id"],
  }),
];
