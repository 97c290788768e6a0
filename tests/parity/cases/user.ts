// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

const USER = { show: "user show {name}", delete: "user delete {name}", volatile: ["id"] };

export default [
  read("user show admin"),
  read("user show admin -f json --domain Default", { compare: "json" }),
  read("user show demo", { cloud: "demo", name: "user show (self, found through the token) as demo" }),
  read("user show admin", { cloud: "demo", compare: "error", name: "user show (another user) as demo" }),
  read("user show e2e-no-such-user", { compare: "error" }),
  read("user list --project admin -c Name"),
  read("user list --domain Default --long -f json -c Name -c Domain", { compare: "json" }),
  read("user list --group e2e-no-such-group", { compare: "error" }),
  read("user list --project e2e-no-such-project", { compare: "error" }),
  read("user list --group x --project y", { compare: "usage" }),
  read("user delete e2e-no-such-user e2e-no-such-user-2", { compare: "error" }),
  read("user set e2e-no-such-user --name x", { compare: "error" }),
  read("user create e2e-never-made --password-prompt", { compare: "error", name: "user create --password-prompt without a terminal" }),
  read("user create e2e-never-made --project e2e-no-such-project", { compare: "error" }),
  read("user password set", { compare: "error", name: "user password set without a terminal" }),
  read("user password set --password same --original-password same", { compare: "error" }),
  // a wrong current password: Keystone's 401 (never the real one: this is the admin's own password)
  read("user password set --password e2e-new-pw --original-password e2e-wrong-pw", { compare: "error" }),
  read("user create admin --or-show -c name -c domain_id", { name: "user create --or-show: the existing one" }),
  write({ name: "user create (no password: the warning)", create: "user create {name}", ...USER }),
  write({ name: "user create with options", create: "user create {name} --domain Default --project demo --project-domain Default --password e2e-Secret-1 --email e2e@example.org --description 'made by e2e' --disable --ignore-password-expiry --enable-multi-factor-auth --multi-factor-auth-rule password,totp", ...USER, volatile: ["id", "password_expires_at"] }),
  write({ name: "user set", create: "user create {name} --password e2e-Secret-1", change: ["user set {name} --email e2e@example.org --description changed --disable --project admin --no-ignore-password-expiry", "user set {name} --password e2e-Secret-2 --enable-lock-password", "user set {name} --enable"], ...USER, volatile: ["id", "password_expires_at"] }),
  write({ name: "user delete --domain", create: "user create {name} --domain Default", show: "user show {name} --domain default", delete: "user delete --domain default {name}", volatile: ["id"] }),
];
