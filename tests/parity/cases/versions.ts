// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

export default [
  read("versions show"),
  read("versions show --all-interfaces --service volume --status current"),
  read("versions show --service identity --region-name e2e-nowhere"),
  read("versions show --interface admin --all-interfaces", { compare: "usage" }),
];
