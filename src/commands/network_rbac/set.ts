import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { projectId } from "../../kit/shared.ts";
import { rbacPolicy } from "../../resources/network/rbac_policy.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";

export default updateCommand(rbacPolicy, {
  summary: "Change a network RBAC policy",
  positional: { name: "rbacPolicy", metavar: "<rbac-policy>", help: "RBAC policy (ID)" },
  flags: {
    extraProperty: extraPropertyFlag,
    targetProject: flag.string({
      metavar: "<target-project>",
      help: "Project the policy grants to (name or ID)",
    }),
    targetProjectDomain: flag.string({
      metavar: "<target-project-domain>",
      help: "Domain of the target project (name or ID), when project names collide",
    }),
  },
  // python sends the update even when the target is the same; with no options, none
  body: async ({ flags: f, ctx }) =>
    withExtraAttributes(
      f.targetProject
        ? { target_tenant: await projectId(ctx, f.targetProject, f.targetProjectDomain) }
        : {},
      parseExtraProperties(f.extraProperty),
    ),
});
