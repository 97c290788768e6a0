// deno-fmt-ignore-file: one case per line
import { read, V21, write } from "../case.ts";
import { IMAGE } from "../seed.ts";

/** Two fresh aggregates never share their ids and times. */
const AGG = { show: "aggregate show {name}", delete: "aggregate delete {name}", volatile: ["id", "uuid", "created_at", "updated_at"] };
/** An action's answer without what differs between the two aggregates (json: no widths that follow the name). */
const PINNED = "-f json -c name -c hosts -c properties -c availability_zone -c uuid";

export default [
  // what a list holds depends on the write cases below running meanwhile: they compare its rows
  // through show; here the refusal
  read("aggregate list", { compare: "error", cloud: "demo" }),
  read("aggregate list --long", { compare: "error", cloud: "demo" }),
  read("aggregate list --long --sort-ascending --sort-descending", { compare: "usage" }),
  // not found, through openstacksdk's find
  read("aggregate show e2e-no-such-aggregate", { compare: "error" }),
  read("aggregate show 999999", { compare: "error", name: "aggregate show: unknown id" }),
  read("aggregate delete e2e-no-such-aggregate e2e-no-such-aggregate-2", { compare: "error", name: "aggregate delete: every failure reported" }),
  read("aggregate set e2e-no-such-aggregate --name x", { compare: "error" }),
  read("aggregate unset e2e-no-such-aggregate --property a", { compare: "error" }),
  read("aggregate add host e2e-no-such-aggregate oscloud", { compare: "error" }),
  read("aggregate remove host e2e-no-such-aggregate oscloud", { compare: "error" }),
  read(`aggregate cache image e2e-no-such-aggregate ${IMAGE}`, { compare: "error" }),
  read(`${V21} aggregate cache image e2e-no-such-aggregate ${IMAGE}`, { compare: "error", name: "aggregate cache image needs 2.81" }),
  // usage and bad values
  read("aggregate create", { compare: "usage", name: "aggregate create without a name" }),
  read("aggregate add host e2e-no-such-aggregate", { compare: "usage", name: "aggregate add host without a host" }),
  read("aggregate cache image e2e-no-such-aggregate", { compare: "usage", name: "aggregate cache image without an image" }),
  read("aggregate create e2e-never-made --property novalue", { compare: "error", name: "aggregate create: --property without =" }),
  read("aggregate set e2e-no-such-aggregate --property novalue", { compare: "error", name: "aggregate set: --property without =" }),
  // made, changed, shown, deleted
  write({ name: "aggregate create (name only)", create: "aggregate create {name}", ...AGG }),
  write({ name: "aggregate create with a zone and properties", create: "aggregate create {name} --zone e2e-zone --property a=b --property c=d", ...AGG }),
  write({ name: "aggregate set and unset", create: "aggregate create {name} --property a=b --property c=d", change: ["aggregate set {name} --property e=f --zone e2e-zone2", "aggregate unset {name} --property a", "aggregate set {name} --no-property --property g=h", "aggregate unset {name}", "aggregate set {name}"], ...AGG }),
  write({ name: "aggregate set --name", create: "aggregate create {name}", change: ["aggregate set {name} --name {name}-renamed", "aggregate set {name}-renamed --name {name}"], ...AGG }),
  // a host in an aggregate without a zone: its zone stays what it was for everyone else
  write({ name: "aggregate add and remove host", create: "aggregate create {name} --property a=b", change: [`aggregate add host {name} oscloud ${PINNED}`, `aggregate add host {name} oscloud ${PINNED}`, `aggregate remove host {name} e2e-no-such-host ${PINNED}`, `aggregate remove host {name} oscloud ${PINNED}`] /* Nova keeps a non-empty aggregate */, ...AGG }),
  write({ name: "aggregate cache image", create: "aggregate create {name}", change: [`aggregate cache image {name} ${IMAGE}`, "aggregate cache image {name} e2e-no-such-image"], ...AGG }),
];
