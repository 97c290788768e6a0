// deno-fmt-ignore-file: one case per line
import { read, write } from "../case.ts";

// consumers are known by ID: keystone has no name filter for them, so a name that is no ID finds
// every consumer (one: that one; two or more: "More than one"). alone: no other consumer meanwhile
const CONSUMER = { show: "consumer show {id}", delete: "consumer delete {id}", volatile: ["id", "secret"], alone: true };

export default [
  read("consumer list"),
  read("consumer show e2e-no-such-consumer", { compare: "error" }),
  read("consumer delete e2e-no-such-consumer e2e-no-such-consumer-2", { compare: "error" }),
  read("consumer set e2e-no-such-consumer --description x", { compare: "error" }),
  read("consumer create --description", { compare: "usage" }),
  write({ name: "consumer create --description, set", create: "consumer create --description {name}", change: ["consumer set {id} --description e2e-consumer-changed", "consumer show {id} -c description -f value", "consumer show e2e-no-such-consumer"], ...CONSUMER }),
  write({ name: "consumer create (defaults)", create: "consumer create", ...CONSUMER }),
];
