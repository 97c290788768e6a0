// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A domain is deleted only once disabled: every case ends with `domain set --disable`. */
const DOMAIN = { show: "domain show {name}", delete: "domain delete {name}", volatile: ["id"] };

export default [
  read("domain list -c Name -c Enabled --sort-column Name"),
  read("domain list --name Default --enabled -f json", { compare: "json" }),
  read("domain show Default"),
  read("domain show default -f json", { compare: "json" }),
  read("domain show Default", { cloud: "demo", name: "domain show (own domain, found through the token) as demo" }),
  read("domain show e2e-no-such-domain", { compare: "error" }),
  read("domain delete e2e-no-such-domain e2e-no-such-domain-2", { compare: "error" }),
  read("domain set e2e-no-such-domain --name x", { compare: "error" }),
  read("domain create Default --or-show -c name -c id", { name: "domain create --or-show: the existing one" }),
  read("domain create e2e-never-made --enable --disable", { compare: "usage" }),
  write({ name: "domain create (disabled)", create: "domain create {name} --disable", ...DOMAIN }),
  // not --immutable: keystone then refuses `domain set --no-immutable` too, and the domain stays
  write({ name: "domain create with options and set", create: "domain create {name} --description 'made by e2e'", change: ["domain set {name} --description changed --enable", "domain set {name} --disable"], ...DOMAIN }),
];
