// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

// The test cloud's fake Cinder driver makes no groups: a group it schedules ends in error and
// can never be deleted. A volume type no backend matches (volume_backend_name=e2e-none) keeps
// the group off every host, so it ends in error at once and its delete removes it; `set`
// makes it available (Cinder does so on a rename), so the calls below reach Cinder's checks.
// A copy of such a group (--consistency-group-source) would stay "creating" for good (Cinder
// finds no host for it and keeps it), so that path is left to its lookup error.
export default [
  read("consistency group list"),
  read("consistency group list --all-projects --long -f json", { compare: "json" }),
  read("consistency group list --all-projects", { cloud: "demo", name: "consistency group list as demo" }),
  read("consistency group show e2e-no-such-group", { compare: "error" }),
  read("consistency group create e2e-no-source", { compare: "usage" }),
  read("consistency group create --consistency-group-snapshot e2e-no-such-snap e2e-x", { compare: "error" }),
  read("consistency group create --consistency-group-source e2e-no-such-group --availability-zone nova e2e-x", { compare: "error" }),
  read("consistency group delete e2e-no-such-group e2e-no-such-group2", { compare: "error" }),
  read("consistency group set e2e-no-such-group --name e2e-x", { compare: "error" }),
  read("consistency group snapshot delete e2e-no-such-snap", { compare: "error" }),
  read("consistency group snapshot create e2e-no-such-group", { compare: "error" }),
  write({
    name: "consistency group create, set, add/remove volume, snapshot create",
    setup: ["volume type create {name}-type --property volume_backend_name=e2e-none", "volume create --size 1 --type {name}-type {name}-vol"],
    create: "consistency group create --volume-type {name}-type --description first --availability-zone nova {name}",
    show: "consistency group show {name}",
    change: [
      "consistency group set {name} --description second",
      "consistency group snapshot create --consistency-group {name} --description d {name}-snap",
      "consistency group remove volume {name} {name}-vol",
      "consistency group add volume {name} e2e-no-such-volume {name}-vol",
      "consistency group add volume {name} e2e-no-such-volume",
    ],
    delete: "consistency group delete {name}",
    teardown: ["volume delete {name}-vol", "volume type delete {name}-type"],
    volatile: ["id", "created_at", "volume_types"],
    settled: (g) => g.status !== "creating",
  }),
];
