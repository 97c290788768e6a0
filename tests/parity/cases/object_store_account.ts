// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

// set and unset succeed in the container write case (container.ts)
export default [
  // the demo project's account holds nothing (the admin's changes as the write cases run)
  read("object store account show", { cloud: "demo" }),
  read("object store account set", { compare: "usage", name: "object store account set without --property" }),
  read("object store account unset", { compare: "usage", name: "object store account unset without --property" }),
  read("object store account set --property novalue", { compare: "error", name: "object store account set: --property without =" }),
];
