/** What implied role create and delete share. */
import { flag } from "../../cli/flags.ts";
import type { PositionalSpec } from "../../cli/flags.ts";
import type { ServiceClient } from "../../http/service.ts";
import { listAll } from "../../kit/resource.ts";
import { role } from "../../resources/identity/role.ts";

export const impliedFlags = {
  impliedRole: flag.string({
    metavar: "<role>",
    help: "Role implied by <role> (name or ID)",
    required: true,
  }),
};

export const priorPositional: PositionalSpec[] = [
  { name: "role", metavar: "<role>", help: "Role that implies the other (name or ID)" },
];

/**
 * implied_role._get_role_ids: one pass over every role, each matched by name or ID; a role
 * not found stays None (and the request then names "None", which Keystone does not find).
 */
export async function inferencePath(
  svc: ServiceClient,
  prior: string,
  implied: string,
): Promise<string> {
  let priorId = "None", impliedId = "None";
  for (const r of await listAll(svc, role)) {
    const names = [r.name, r.id];
    if (names.includes(prior)) priorId = r.id;
    else if (names.includes(implied)) impliedId = r.id;
  }
  const e = encodeURIComponent;
  return `/roles/${e(priorId)}/implies/${e(impliedId)}`;
}
