// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

// a password token: Keystone answers with what the user has roles on
export default [
  read("federation domain list"),
  read("federation domain list -f json", { compare: "json" }),
  read("federation project list"),
  read("federation project list -f json", { compare: "json" }),
  read("federation project list", { cloud: "demo" }),
  read("federation domain list", { cloud: "demo" }),
];
