// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const PROJECT = { show: "project show {name}", delete: "project delete {name}", volatile: ["id"] };

export default [
  read("project list", { fixture: "project_list" }),
  read("project list --long", { fixture: "project_list_long" }),
  read("project list --long -f json", { fixture: "project_list_long_json" }),
  read("project list --domain Default --sort name:desc", { name: "project list --domain --sort" }),
  read("project list --user demo"),
  read("project list --my-projects"),
  read("project list --long", { cloud: "demo", name: "project list as demo (own projects)", fixture: "project_list_demo" }),
  read("project list --domain no-such-domain", { compare: "error", name: "project list --domain unknown", fixture: "project_list_bad_domain" }),
  read("project list --user no-such-user", { compare: "error", name: "project list --user unknown" }),
  read("project list --domain default", { compare: "error", cloud: "demo", name: "project list --domain forbidden as demo", fixture: "project_list_demo_forbidden" }),
  read("project list --user admin", { compare: "error", cloud: "demo", name: "project list --user forbidden as demo" }),
  read("project list --sort bogus", { compare: "error", name: "project list --sort unknown key" }),
  read("project show admin"),
  read("project show admin -f json --domain Default", { compare: "json" }),
  read("project show admin --parents --children -f json", { compare: "json" }),
  read("project show demo", { cloud: "demo", name: "project show (own project, found through the token) as demo" }),
  read("project show admin", { cloud: "demo", compare: "error", name: "project show (another project) as demo" }),
  read("project show e2e-no-such-project", { compare: "error" }),
  read("project show admin --domain e2e-no-such-domain", { compare: "error" }),
  read("project delete e2e-no-such-project e2e-no-such-project-2", { compare: "error" }),
  read("project set e2e-no-such-project --name x", { compare: "error" }),
  read("project create e2e-never-made --property novalue", { compare: "error" }),
  read("project create e2e-never-made --parent e2e-no-such-project", { compare: "error" }),
  read("project create e2e-never-made --domain e2e-no-such-domain", { compare: "error" }),
  read("project create e2e-never-made --enable --disable", { compare: "usage" }),
  read("project create e2e-never-made --immutable --no-immutable", { compare: "usage" }),
  read("project create admin --or-show -c name -c domain_id", { name: "project create --or-show: the existing one" }),
  write({ name: "project create (defaults)", create: "project create {name}", ...PROJECT }),
  write({ name: "project create with options", create: "project create {name} --domain Default --parent admin --description 'made by e2e' --disable --property foo=bar --property is_domain=False --tag t1 --immutable", change: ["project set {name} --no-immutable"], ...PROJECT }),
  write({ name: "project set", create: "project create {name} --tag a", change: ["project set {name} --description changed --disable --property foo=bar --tag b", "project set {name} --remove-tag a --tag c", "project set {name} --domain Default --enable --immutable", "project set {name} --no-immutable"], ...PROJECT }),
  write({ name: "project set --clear-tags", create: "project create {name} --tag a", change: ["project set {name} --clear-tags"], ...PROJECT }),
  write({ name: "project delete --domain", create: "project create {name} --domain Default", show: "project show {name} --domain default", delete: "project delete --domain default {name}", volatile: ["id"] }),
  // recorded for the unit tests only
  read("project list --user demo --domain default", { fixture: "project_list_user", live: false }),
];
