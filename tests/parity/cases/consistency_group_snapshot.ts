// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

// the test cloud's Cinder holds no consistency group snapshots
export default [
  read("consistency group snapshot list"),
  read("consistency group snapshot list --all-projects --long --status available -f json", { compare: "json" }),
  read("consistency group snapshot list --consistency-group e2e-no-such-group", { compare: "error" }),
  read("consistency group snapshot list --status e2e-bad", { compare: "usage" }),
  read("consistency group snapshot show e2e-no-such-snapshot", { compare: "error" }),
];
