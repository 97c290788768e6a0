// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** An encryption type's id and times differ between the two clients' types. */
const encryption = (v: unknown) => v && typeof v === "object" ? { ...v as Record<string, unknown>, encryption_id: "-", created_at: "-", updated_at: "-" } : v;
const TYPE = { show: "volume type show {name} --encryption-type", delete: "volume type delete {name}", volatile: ["id"], masks: { encryption } };

export default [
  // public types only: the write cases below make private ones meanwhile
  read("volume type list --public"),
  read("volume type list --long --public --encryption-type"),
  read("volume type list --default -f json", { compare: "json" }),
  read("volume type list --public", { cloud: "demo", name: "volume type list as demo" }),
  read("volume type show __DEFAULT__"),
  read("volume type show __DEFAULT__ --encryption-type -f json", { compare: "json" }),
  read("volume type show e2e-no-such-type", { compare: "error" }),
  read("volume type delete e2e-no-such-type e2e-no-such-type-2", { compare: "error", name: "volume type delete: every failure reported" }),
  read("volume type set e2e-no-such-type --name x", { compare: "error" }),
  read("volume type unset e2e-no-such-type --property a", { compare: "error" }),
  read("volume type create e2e-never-made --project demo", { compare: "error", name: "volume type create: --project without --private" }),
  read("volume type create e2e-never-made --property novalue", { compare: "error", name: "volume type create: --property without =" }),
  read("volume type create e2e-never-made", { compare: "error", cloud: "demo", name: "volume type create as demo (refused)" }),
  read("volume type set __DEFAULT__ --encryption-control-location middle", { compare: "usage", name: "volume type set: bad control location" }),
  read("volume type list --public --private", { compare: "usage" }),
  write({ name: "volume type create private with property, project and encryption; set; unset", create: "volume type create {name} --private --description d --property a=b --project demo --encryption-provider luks --encryption-key-size 256", change: ["volume type set {name} --description e --property c=d --encryption-cipher aes-xts-plain64 --encryption-control-location back-end", "volume type set {name} --project e2e-no-such-project", "volume type unset {name} --property a --project demo --encryption-type", "volume type unset {name} --encryption-type", "volume type set {name} --encryption-cipher x"], ...TYPE }),
  write({ name: "volume type create (public)", create: "volume type create {name} --public", ...TYPE }),
];
