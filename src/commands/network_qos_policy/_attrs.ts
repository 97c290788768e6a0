/** python's _get_attrs for QoS policies: create, set and list share it. */
import type { Context } from "../../context.ts";
import { projectId } from "../../kit/shared.ts";

export interface PolicyFlags {
  name?: string;
  description?: string;
  share: boolean;
  noShare: boolean;
  default?: boolean;
  noDefault?: boolean;
  project?: string;
  projectDomain?: string;
}

export async function policyAttrs(ctx: Context, f: PolicyFlags): Promise<Record<string, unknown>> {
  const attrs: Record<string, unknown> = {};
  if (f.name !== undefined) attrs.name = f.name;
  if (f.description !== undefined) attrs.description = f.description;
  if (f.share) attrs.shared = true;
  if (f.noShare) attrs.shared = false;
  if (f.default) attrs.is_default = true;
  if (f.noDefault) attrs.is_default = false;
  if (f.project !== undefined) attrs.project_id = await projectId(ctx, f.project, f.projectDomain);
  return attrs;
}
