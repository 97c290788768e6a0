/**
 * role add / role remove: the target (system, domain or project) and the actor (user or group)
 * as python's _process_identity_and_resource_options finds them, and keystoneclient's
 * grant/revoke URL with its checks.
 */
import { flag } from "../../cli/flags.ts";
import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import type { ServiceClient } from "../../http/service.ts";
import { domainIdOf, identityFindIn, keystoneauthWording } from "../../kit/identity.ts";
import { group } from "../../resources/identity/group.ts";
import { project } from "../../resources/identity/project.ts";
import { user } from "../../resources/identity/user.ts";
import { findRole } from "./_role.ts";

const str = (metavar: string, help: string, group?: string) =>
  flag.string({ metavar, help, group });

export const grantFlags = {
  system: str("<system>", 'The system ("all")', "target"),
  domain: str("<domain>", "The domain (name or ID)", "target"),
  project: str("<project>", "The project (name or ID)", "target"),
  user: str("<user>", "The user (name or ID)", "actor"),
  group: str("<group>", "The group (name or ID)", "actor"),
  groupDomain: str("<group-domain>", "Domain of the group (name or ID), when group names collide"),
  projectDomain: str(
    "<project-domain>",
    "Domain of the project (name or ID), when project names collide",
  ),
  userDomain: str("<user-domain>", "Domain of the user (name or ID), when user names collide"),
  inherited: flag.boolean({ help: "The assignment is inherited by the projects below the target" }),
  roleDomain: str("<role-domain>", "Domain of the role (name or ID), when role names collide"),
};

export interface GrantFlags {
  system?: string;
  domain?: string;
  project?: string;
  user?: string;
  group?: string;
  groupDomain?: string;
  projectDomain?: string;
  userDomain?: string;
  inherited: boolean;
  roleDomain?: string;
}

interface Target {
  user?: string;
  group?: string;
  system?: string;
  domain?: string;
  project?: string;
}

/**
 * The IDs python passes to grant/revoke. Only the six actor × target pairs count: any other mix
 * leaves both out, and keystoneclient's own checks then refuse it. `validateActor` false (remove):
 * an actor that cannot be found is used as typed.
 */
async function target(svc: ServiceClient, f: GrantFlags, validateActor: boolean): Promise<Target> {
  const actor = async (kind: "user" | "group"): Promise<string> => {
    const [r, name, domain] = kind === "user"
      ? [user, f.user!, f.userDomain]
      : [group, f.group!, f.groupDomain];
    try {
      return (await identityFindIn(svc, r, name, domain)).id;
    } catch (e) {
      if (!validateActor && e instanceof OscError) return name;
      throw e;
    }
  };
  const kind = f.user ? "user" : f.group ? "group" : undefined;
  if (!kind || !(f.system || f.domain || f.project)) return {};
  const t: Target = { [kind]: await actor(kind) };
  if (f.system) t.system = f.system;
  else if (f.domain) t.domain = await domainIdOf(svc, f.domain);
  else t.project = (await identityFindIn(svc, project, f.project!, f.projectDomain)).id;
  return t;
}

/** keystoneclient's RoleManager._role_grants_base_url, with its checks in its order. */
function grantPath(t: Target, roleId: string, inherited: boolean): string {
  if (!t.system && !t.domain && !t.project) {
    throw new OscError("Must specify either system, domain, or project");
  }
  if (!t.user && !t.group) throw new OscError("Must specify either a user or group");
  const e = encodeURIComponent;
  let url = t.project
    ? `/projects/${e(t.project)}`
    : t.domain
    ? `/domains/${e(t.domain)}`
    : "/system";
  if (!t.project && !t.domain && t.system !== "all") {
    throw new OscError("Only a system scope of 'all' is currently supported");
  }
  if (inherited) url = "/OS-INHERIT" + url;
  url += t.user ? `/users/${e(t.user)}` : `/groups/${e(t.group!)}`;
  url += `/roles/${e(roleId)}`;
  return inherited ? url + "/inherited_to_projects" : url;
}

/** PUT (add) or DELETE (remove) the role assignment. */
export async function changeGrant(
  ctx: Context,
  how: "add" | "remove",
  f: GrantFlags,
  roleName: string,
): Promise<void> {
  if (!f.user && !f.domain && !f.group && !f.project) {
    throw new OscError(
      how === "add"
        ? "Role not added, incorrect set of arguments provided. See openstack --help for more details"
        : "Incorrect set of arguments provided. See openstack --help for more details",
    );
  }
  const identity = await ctx.service("identity");
  const role = await findRole(identity, roleName, f.roleDomain);
  const t = await target(identity, f, how === "add");
  await keystoneauthWording(identity.request(grantPath(t, role.id, f.inherited), {
    method: how === "add" ? "PUT" : "DELETE",
    expectJson: false,
  }));
}
