// deno-fmt-ignore-file: one case per line
import { read } from "../case.ts";

/**
 * The test cloud has no default external network (one would change what every project's
 * auto-allocation does), so Neutron refuses each of these: the cases compare the refusals,
 * with the project as python passes it (a name is not looked up).
 */
export default [
  read("network auto allocated topology create --check-resources", { compare: "error" }),
  read("network auto allocated topology create", { compare: "error" }),
  read("network auto allocated topology create --or-show -f json", { compare: "error" }),
  read("network auto allocated topology create --project demo --project-domain Default --check-resources", { compare: "error" }),
  read("network auto allocated topology create --project e2e-no-such-project", { compare: "error" }),
  read("network auto allocated topology delete", { compare: "error" }),
  read("network auto allocated topology delete --project e2e-no-such-project", { compare: "error" }),
  read("network auto allocated topology delete --project", { compare: "usage" }),
];
