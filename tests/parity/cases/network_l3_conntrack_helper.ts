// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

/** A made-up helper ID nothing has. */
const NO_HELPER = "00000000-0000-4000-8000-0000000000e4";
const CT = "network l3 conntrack helper";

/** Each case has its own router; helpers have no name: found by the id their create printed. */
const HELPER = { setup: ["router create {name}"], show: `${CT} show {name} {id}`, delete: `${CT} delete {name} {id}`, teardown: ["router delete {name}"], volatile: ["id"] };

export default [
  read(`${CT} create e2e-no-such-router --helper tftp --protocol udp --port 69`, { compare: "error" }),
  read(`${CT} create e2e-no-such-router --helper tftp --protocol udp`, { compare: "usage" }),
  read(`${CT} create e2e-no-such-router --helper tftp --protocol udp --port x`, { compare: "usage" }),
  read(`${CT} show e2e-no-such-router ${NO_HELPER}`, { compare: "error" }),
  read(`${CT} list e2e-no-such-router`, { compare: "error" }),
  read(`${CT} delete e2e-no-such-router ${NO_HELPER}`, { compare: "error" }),
  read(`${CT} set e2e-no-such-router ${NO_HELPER} --port 70`, { compare: "error" }),
  write({ name: "network l3 conntrack helper create", create: `${CT} create {name} --helper tftp --protocol udp --port 69`, ...HELPER }),
  write({ name: "network l3 conntrack helper set, list and errors", create: `${CT} create {name} --helper ftp --protocol tcp --port 21`, change: [`${CT} set {name} {id} --port 2121 --helper tftp --protocol udp`, `${CT} set {name} {id}`, `${CT} list {name}`, `${CT} list {name} -f json`, `${CT} list {name} --helper tftp`, `${CT} show {name} ${NO_HELPER}`, `${CT} set {name} ${NO_HELPER} --port 1`, `${CT} set {name} ${NO_HELPER}`, `${CT} delete {name} ${NO_HELPER}`], ...HELPER }),
];
