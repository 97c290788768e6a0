// deno-fmt-ignore-file: one case per line
import { read, V21 } from "../case.ts";

export default [
  // (the values count what the other cases make meanwhile)
  read(`${V21} limits show --absolute -c Name`),
  read(`${V21} limits show --absolute --reserved --project demo --domain default -c Name -f json`, { compare: "json" }),
  read("limits show --rate"),
  read("limits show", { compare: "usage" }),
  read("limits show --absolute --rate", { compare: "usage" }),
  read("limits show --absolute --project e2e-no-such-project", { compare: "error" }),
  read("limits show --absolute --project demo --domain e2e-no-such-domain", { compare: "error" }),
];
