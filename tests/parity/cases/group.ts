// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const GROUP = { show: "group show {name}", delete: "group delete {name}", volatile: ["id"] };

export default [
  read("group show e2e-no-such-group", { compare: "error" }),
  read("group show e2e-no-such-group --domain e2e-no-such-domain", { compare: "error" }),
  read("group delete e2e-no-such-group e2e-no-such-group-2", { compare: "error" }),
  read("group delete e2e-no-such-group --domain e2e-no-such-domain", { compare: "error", name: "group delete: the domain looked up for each group" }),
  read("group set e2e-no-such-group --name x", { compare: "error" }),
  read("group list --user e2e-no-such-user", { compare: "error" }),
  read("group add user e2e-no-such-group admin", { compare: "error" }),
  read("group contains user e2e-no-such-group admin", { compare: "error" }),
  write({ name: "group create (defaults)", create: "group create {name}", ...GROUP }),
  write({ name: "group create with options, set", create: "group create {name} --domain Default --description 'made by e2e'", change: ["group set {name} --description changed --domain default", "group show {name} -c description -f value"], ...GROUP }),
  // users of its own per client: both clients' groups exist at once, and `group list --user` would see both.
  // Never admin: Keystone revokes every token of a user removed from a group, the other client's included.
  write({ name: "group members", create: "group create {name}", setup: ["user create {name}-u", "user create {name}-v"], teardown: ["user delete {name}-u {name}-v"], change: ["group add user {name} {name}-v {name}-u", "group contains user {name} {name}-u", "group list --user {name}-u --user-domain Default -c Name -f value", "user list --group {name} -c Name -f value --sort-column Name", "group add user {name} e2e-no-such-user", "group remove user {name} {name}-u", "group contains user {name} {name}-u", "group remove user {name} {name}-v --group-domain Default --user-domain Default", "user list --group {name} -f value"], ...GROUP }),
];
