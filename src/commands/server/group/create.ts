import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { showResult } from "../../../kit/attrs.ts";
import { createItem } from "../../../kit/resource.ts";
import { supports } from "../../../kit/versions.ts";
import { worded } from "../../../kit/wording.ts";
import { serverGroup, serverGroupHidden } from "../../../resources/compute/server_group.ts";
import { keyValuePairs } from "../../_common.ts";

export default defineCommand({
  summary: "Create a server group",
  output: "show",
  flags: {
    policy: flag.string({
      metavar: "<policy>",
      choices: ["affinity", "anti-affinity", "soft-affinity", "soft-anti-affinity"],
      default: "affinity",
      help: "Placement policy (default affinity; the soft ones need compute API 2.15 or later)",
    }),
    rule: flag.list({
      metavar: "<key=value>",
      help: "Rule of the policy: max_server_per_host for anti-affinity (compute API 2.64 or later)",
    }),
  },
  positionals: [{ name: "name", metavar: "<name>", help: "Name of the new server group" }],
  async run({ flags: f, positionals }, ctx) {
    // KeyValueAction checks its entries while parsing, before any request
    const rules = Object.fromEntries(keyValuePairs(f.rule));
    const compute = await ctx.service("compute");
    const policy = f.policy as string;
    if (policy.startsWith("soft-") && !supports(compute, "2.15")) {
      throw new OscError(
        `--os-compute-api-version 2.15 or greater is required to support the ${policy} policy`,
      );
    }
    const hasRules = Object.keys(rules).length > 0;
    if (hasRules && !supports(compute, "2.64")) {
      throw new OscError(
        "--os-compute-api-version 2.64 or greater is required to support the --rule option",
      );
    }
    const body: Record<string, unknown> = supports(compute, "2.64")
      ? { name: positionals.name, policy, ...(hasRules ? { rules } : {}) }
      : { name: positionals.name, policies: [policy] };
    const made = await worded("sdk", createItem(compute, serverGroup, body));
    return showResult(serverGroup.attrs, made, { hide: serverGroupHidden(compute) });
  },
});
