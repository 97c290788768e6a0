// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** The volume type each client makes for its spec carries that client's suffix. */
const associations = (v: unknown) => Array.isArray(v) ? v.map((s) => String(s).replace(/-(py|ts)-t$/, "-t")) : v;
const QOS = { show: "volume qos show {name}", delete: "volume qos delete --force {name}", volatile: ["id"] };

export default [
  // what the list holds depends on the write cases below running meanwhile: here the refusal
  read("volume qos list", { compare: "error", cloud: "demo" }),
  read("volume qos show e2e-no-such-qos", { compare: "error" }),
  read("volume qos delete e2e-no-such-qos e2e-no-such-qos-2", { compare: "error", name: "volume qos delete: every failure reported" }),
  read("volume qos set e2e-no-such-qos --property a=b", { compare: "error" }),
  read("volume qos unset e2e-no-such-qos --property a", { compare: "error" }),
  read("volume qos associate e2e-no-such-qos __DEFAULT__", { compare: "error" }),
  read("volume qos disassociate e2e-no-such-qos --all", { compare: "error" }),
  read("volume qos disassociate e2e-no-such-qos --all --volume-type __DEFAULT__", { compare: "usage" }),
  read("volume qos create e2e-never-made --consumer middle", { compare: "usage", name: "volume qos create: bad consumer" }),
  read("volume qos create e2e-never-made --property novalue", { compare: "error", name: "volume qos create: --property without =" }),
  write({ name: "volume qos create, set, unset", create: "volume qos create {name} --consumer front-end --property a=b --property c=d", change: ["volume qos set {name} --property e=f", "volume qos unset {name} --property a", "volume qos unset {name} --property e2e-no-such-key"], ...QOS }),
  write({ name: "volume qos associate and disassociate", create: "volume qos create {name}", setup: ["volume type create {name}-t --private"], change: ["volume qos associate {name} {name}-t", "volume qos disassociate {name} --volume-type {name}-t", "volume qos associate {name} {name}-t", "volume qos disassociate {name} --all", "volume qos associate {name} {name}-t"], teardown: ["volume type delete {name}-t"], ...QOS, masks: { associations } }),
];
