import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { projectFlags } from "../../kit/flags.ts";
import { projectId } from "../../kit/shared.ts";
import { rbacPolicy } from "../../resources/network/rbac_policy.ts";
import {
  extraPropertyFlag,
  parseExtraProperties,
  withExtraAttributes,
} from "../_extra_property.ts";
import { ACTIONS, OBJECT_TYPES, objectId } from "./_object.ts";

export default createCommand(rbacPolicy, {
  summary: "Create a network RBAC policy",
  flags: {
    extraProperty: extraPropertyFlag,
    type: flag.string({
      metavar: "<type>",
      required: true,
      choices: OBJECT_TYPES,
      help: `Type of the object (${OBJECT_TYPES.join(", ")})`,
    }),
    action: flag.string({
      metavar: "<action>",
      required: true,
      choices: ACTIONS,
      help: `What the policy grants (${ACTIONS.join(" or ")})`,
    }),
    targetProject: flag.string({
      group: "target",
      groupRequired: true,
      metavar: "<target-project>",
      help: "Project the policy grants to (name or ID)",
    }),
    targetAllProjects: flag.boolean({
      group: "target",
      groupRequired: true,
      help: "Grant to every project",
    }),
    targetProjectDomain: flag.string({
      metavar: "<target-project-domain>",
      help: "Domain of the target project (name or ID), when project names collide",
    }),
    ...projectFlags("Project to own the policy (name or ID)"),
  },
  positionals: [{
    name: "rbacObject",
    metavar: "<rbac-object>",
    help: "The object the policy covers (name or ID)",
  }],
  async body({ flags: f, positionals, ctx, svc }) {
    const attrs: Record<string, unknown> = {
      object_type: f.type,
      action: f.action,
      object_id: await objectId(svc, f.type!, positionals.rbacObject as string),
    };
    if (f.targetProject !== undefined) {
      attrs.target_tenant = await projectId(ctx, f.targetProject, f.targetProjectDomain);
    } else if (f.targetAllProjects) attrs.target_tenant = "*";
    if (f.project !== undefined) {
      attrs.project_id = await projectId(ctx, f.project, f.projectDomain);
    }
    return withExtraAttributes(attrs, parseExtraProperties(f.extraProperty));
  },
});
