// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

export default [
  read("extension list"),
  read("extension list --long -f json", { compare: "json" }),
  read("extension list --identity --volume --long"),
  // (python adds openstacksdk's `location`, where the request went: not the extension's)
  read("extension show 'Neutron L3 Router' -c alias -c description -c id -c links -c name -c updated_at"),
  read("extension show e2e-no-such-extension", { compare: "error" }),
];
