// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/**
 * Roles, and role add / remove / assignment list. The write cases give every client its own
 * user, group, project (and domain) through `setup`, so the assignments they list are theirs
 * alone; lists with --names are sorted, as each client's own IDs would order rows differently.
 */
const ROLE = { show: "role show {name}", delete: "role delete {name}", volatile: ["id"] };
const ACTORS = ["user create {name}-u", "group create {name}-g", "project create {name}-p", "group add user {name}-g {name}-u"];
const ACTORS_GONE = ["project delete {name}-p", "group delete {name}-g", "user delete {name}-u"];
const SORTED = "--names --sort-column Project --sort-column Domain --sort-column System --sort-column User --sort-column Group --sort-column Inherited";

export default [
  read("role show admin"),
  read("role show admin -f json", { compare: "json" }),
  read("role show e2e-no-such-role", { compare: "error" }),
  read("role show admin --domain e2e-no-such-domain", { compare: "error" }),
  read("role delete e2e-no-such-role e2e-no-such-role-2", { compare: "error" }),
  read("role delete admin --domain e2e-no-such-domain", { compare: "error" }),
  read("role set e2e-no-such-role --name x", { compare: "error" }),
  read("role list --domain e2e-no-such-domain", { compare: "error" }),
  read("role create admin --or-show -c name -c id", { name: "role create --or-show: the existing one" }),
  read("role create admin", { compare: "error", name: "role create: the name is taken" }),
  read("role create e2e-never-made --immutable --no-immutable", { compare: "usage" }),
  read("role add admin", { compare: "error", name: "role add without a target" }),
  read("role remove admin", { compare: "error", name: "role remove without a target" }),
  read("role add admin --project admin", { compare: "error", name: "role add without a user or group" }),
  read("role add admin --system all", { compare: "error", name: "role add --system alone" }),
  read("role add admin --system x --user admin", { compare: "error", name: "role add --system other than all" }),
  read("role add admin --user admin --system all --inherited", { compare: "error", name: "role add --system --inherited (no such route)" }),
  read("role add e2e-no-such-role --user admin --project admin", { compare: "error" }),
  read("role add admin --user e2e-no-such-user --project admin", { compare: "error" }),
  read("role add admin --user admin --project e2e-no-such-project", { compare: "error" }),
  read("role add admin --user admin --domain e2e-no-such-domain", { compare: "error" }),
  read("role add admin --group e2e-no-such-group --project admin", { compare: "error" }),
  read("role add admin --user admin --project admin --role-domain e2e-no-such-domain", { compare: "error" }),
  read("role remove admin --user e2e-no-such-user --project admin", { compare: "error", name: "role remove: an unknown user is used as its ID" }),
  read("role remove admin --user admin --domain e2e-no-such-domain", { compare: "error" }),
  read("role add admin --user admin --group admins --project admin", { compare: "usage" }),
  read("role add admin --user admin --project admin --domain default", { compare: "usage" }),
  read("role assignment list --user admin --project admin"),
  read("role assignment list --user admin --project admin --names -f json", { compare: "json" }),
  read("role assignment list --user admin --project admin --project-domain Default --user-domain Default --names --effective"),
  read("role assignment list --user demo --names --effective --sort-column Project --sort-column Role"),
  read("role assignment list --system all --user admin --names"),
  read("role assignment list --auth-user --auth-project --names"),
  read("role assignment list --auth-user --auth-project --names", { cloud: "demo", name: "role assignment list as demo" }),
  read("role assignment list --role admin --user admin --inherited"),
  read("role assignment list --system x", { compare: "error" }),
  read("role assignment list --domain default --auth-project", { compare: "error" }),
  read("role assignment list --system all --auth-project", { compare: "error" }),
  read("role assignment list --role e2e-no-such-role", { compare: "error" }),
  read("role assignment list --role admin --role-domain e2e-no-such-domain", { compare: "error" }),
  read("role assignment list --user e2e-no-such-user", { compare: "error" }),
  read("role assignment list --group e2e-no-such-group", { compare: "error" }),
  read("role assignment list --project e2e-no-such-project", { compare: "error" }),
  read("role assignment list --domain e2e-no-such-domain", { compare: "error" }),
  read("role assignment list --user admin --group admins", { compare: "usage" }),
  read("role assignment list --project admin --system all", { compare: "usage" }),
  write({ name: "role create (defaults)", create: "role create {name}", ...ROLE }),
  write({ name: "role create with a description, set, immutable", create: "role create {name} --description 'made by e2e'", change: ["role set {name} --description changed", "role set {name} --immutable", "role delete {name}", "role set {name} --name x", "role set {name} --no-immutable"], ...ROLE }),
  write({ name: "role of a domain", setup: ["domain create {name}-d"], create: "role create {name} --domain {name}-d --description 'made by e2e'", change: ["role list --domain {name}-d", "role show {name}", "role set {name} --domain {name}-d --description changed", "role create {name} --domain {name}-d --or-show -c name -c description -f value", "role delete {name} --domain default"], show: "role show {name} --domain {name}-d", delete: "role delete {name} --domain {name}-d", volatile: ["id", "domain_id"], teardown: ["domain set {name}-d --disable", "domain delete {name}-d"] }),
  write({ name: "role add, assignment list, remove", setup: ACTORS, teardown: ACTORS_GONE, create: "role create {name}", change: [
    "role add {name} --user {name}-u --project {name}-p",
    "role add {name} --user {name}-u --domain default --user-domain Default --inherited",
    "role add {name} --user {name}-u --system all",
    "role add {name} --group {name}-g --project {name}-p --project-domain Default --group-domain Default",
    "role add {name} --group {name}-g --domain Default",
    "role add {name} --group {name}-g --system all --role-domain ''",
    `role assignment list --role {name} ${SORTED}`,
    // (one project only: the inherited role reaches every project of the domain, the other
    // client's too, and their rows sort by names that differ between the two clients)
    `role assignment list --role {name} --effective --user {name}-u --project {name}-p --project-domain Default ${SORTED}`,
    `role assignment list --user {name}-u ${SORTED}`,
    `role assignment list --group {name}-g --inherited ${SORTED}`,
    `role assignment list --role {name} --system all ${SORTED}`,
    `role assignment list --role {name} --domain default ${SORTED}`,
    "role assignment list --auth-user --group {name}-g",
    "role remove {name} --user {name}-u --project {name}-p",
    "role remove {name} --user {name}-u --project {name}-p",
    "role remove {name} --user {name}-u --domain default --inherited",
    "role remove {name} --user {name}-u --system all",
    "role remove {name} --group {name}-g --project {name}-p",
    "role remove {name} --group {name}-g --domain default",
    "role remove {name} --group {name}-g --system all",
    "role remove {name} --user e2e-no-such-user --project {name}-p",
    "role assignment list --role {name}",
  ], ...ROLE }),
];
