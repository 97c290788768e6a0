/**
 * Neutron's auto-allocated topology of a project. python hands --project to openstacksdk as
 * typed (a name is not looked up; --project-domain is accepted and unused): the path holds it.
 */
import type { Context } from "../../../../../context.ts";
import { projectFlags } from "../../../../../kit/flags.ts";

export const topologyFlags = (help: string) => projectFlags(help);

export async function topologyPath(ctx: Context, project: string | undefined): Promise<string> {
  const id = project || (await ctx.auth()).projectId || "";
  return `/auto-allocated-topology/${encodeURIComponent(id)}`;
}
