// deno-fmt-ignore-file: one case per line
import { read, V21 } from "../case.ts";

/** Every column but "Updated At", which Nova moves every ten seconds. */
const STEADY = "-c ID -c Binary -c Host -c Zone -c Status -c State";
const V211 = "--os-compute-api-version 2.11";

/**
 * The services are the cloud's own (other cases build servers on nova-compute): nothing here
 * disables, forces down or deletes one. The only changes made are no-ops (enable what is
 * enabled, clear a forced-down mark that is not set).
 */
export default [
  read(`compute service list ${STEADY}`),
  read(`compute service list --long --service nova-compute ${STEADY} -c 'Disabled Reason' -c 'Forced Down'`),
  read(`${V21} compute service list --long ${STEADY} -c 'Disabled Reason'`, { name: "compute service list --long at 2.1: integer ids, no forced down" }),
  read(`compute service list --host oscloud --service nova-conductor -f json ${STEADY}`, { compare: "json" }),
  read("compute service list --host e2e-no-such-host", { name: "compute service list: no such host, empty" }),
  read("compute service list", { compare: "error", cloud: "demo" }),
  // set: refused before anything is sent, then the lookup by host and binary (2.53+)
  read("compute service set oscloud nova-compute --disable-reason e2e", { compare: "error", name: "compute service set: --disable-reason without --disable" }),
  read("compute service set oscloud nova-compute --enable --disable-reason e2e", { compare: "error", name: "compute service set: --disable-reason with --enable" }),
  read("compute service set e2e-no-such-host nova-compute --enable", { compare: "error", name: "compute service set: no such host" }),
  read("compute service set oscloud e2e-no-such-binary --disable", { compare: "error", name: "compute service set: no such binary" }),
  read("compute service set e2e-no-such-host nova-compute --up", { compare: "error", name: "compute service set --up: no such host" }),
  // Nova updates nova-compute services only: the failure is logged, then the summary
  read("compute service set oscloud nova-scheduler --enable", { compare: "error", name: "compute service set: not a nova-compute service" }),
  read("compute service set oscloud nova-scheduler --enable --down", { compare: "error", name: "compute service set: both steps fail, both logged" }),
  // before 2.53 the legacy actions by host and binary
  read(`${V21} compute service set e2e-no-such-host nova-compute --enable`, { compare: "error", name: "compute service set 2.1: no such host" }),
  read(`${V21} compute service set e2e-no-such-host nova-compute --disable --disable-reason e2e`, { compare: "error", name: "compute service set 2.1: disable with a reason, no such host" }),
  read(`${V21} compute service set e2e-no-such-host nova-compute --up`, { compare: "error", name: "compute service set --up needs 2.11" }),
  read(`${V211} compute service set e2e-no-such-host nova-compute --down`, { compare: "error", name: "compute service set 2.11 --down: no such host" }),
  // no-ops on the real nova-compute: enabled stays enabled, up stays up
  read("compute service set oscloud nova-compute", { name: "compute service set: nothing asked, lookup only" }),
  read("compute service set oscloud nova-compute --enable --up", { name: "compute service set: enable and up an enabled, up service" }),
  read(`${V21} compute service set oscloud nova-compute --enable`, { name: "compute service set 2.1: enable an enabled service" }),
  read(`${V211} compute service set oscloud nova-compute --up`, { name: "compute service set 2.11: up a service that is up" }),
  // delete: error cases only
  read("compute service delete e2e-no-such-service", { compare: "error", name: "compute service delete: not a uuid" }),
  read("compute service delete 00000000-0000-0000-0000-000000000000 e2e-x", { compare: "error", name: "compute service delete: every failure reported" }),
  read(`${V21} compute service delete 999`, { compare: "error", name: "compute service delete 2.1: unknown id" }),
  read("compute service delete e2e-x", { compare: "error", cloud: "demo", name: "compute service delete as demo" }),
  // usage
  read("compute service set oscloud nova-compute --enable --disable", { compare: "usage", name: "compute service set: --enable with --disable" }),
  read("compute service set oscloud nova-compute --up --down", { compare: "usage", name: "compute service set: --up with --down" }),
  read("compute service set oscloud", { compare: "usage", name: "compute service set without a binary" }),
  read("compute service delete", { compare: "usage", name: "compute service delete without an id" }),
];
