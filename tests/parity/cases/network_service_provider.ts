// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

export default [
  read("network service provider list"),
  read("network service provider list -f json", { compare: "json" }),
  read("network service provider list", { cloud: "demo" }),
  read("network service provider list --long", { compare: "usage" }),
];
