// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/** The catalog comes with the token; the write cases' services have no endpoints for long. */
export default [
  read("catalog list"),
  read("catalog list -f json", { compare: "json" }),
  read("catalog list -f value -c Type --sort-column Type"),
  read("catalog show identity"),
  read("catalog show nova"),
  read("catalog show image -f json", { compare: "json" }),
  read("catalog show compute -f shell -c endpoints"),
  read("catalog show e2e-no-such-service", { name: "catalog show: no such service (a line on stderr, exit 0)" }),
  read("catalog show identity", { cloud: "demo", name: "catalog show as demo" }),
  read("catalog show", { compare: "usage" }),
];
