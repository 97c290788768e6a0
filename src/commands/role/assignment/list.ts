import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import type { Query } from "../../../http/client.ts";
import {
  domainIdOf,
  identityFind,
  identityFindIn,
  tokenResourceId,
} from "../../../kit/identity.ts";
import { listAll } from "../../../kit/resource.ts";
import type { Cell } from "../../../output/types.ts";
import { group } from "../../../resources/identity/group.ts";
import { project } from "../../../resources/identity/project.ts";
import { roleAssignment } from "../../../resources/identity/role_assignment.ts";
import { user } from "../../../resources/identity/user.ts";
import { findRole } from "../_role.ts";

const str = (metavar: string, help: string, group?: string) =>
  flag.string({ metavar, help, group });

type Ref = { id?: string; name?: string; domain?: { name?: string } };

/** A user, group or project: its ID, or with --names "name@domain". */
const refCell = (r: Ref, names: boolean) => names ? `${r.name}@${r.domain?.name}` : r.id;

/** One row as python flattens the assignment: scope, actor and role, blanks for the rest. */
function row(a: Record<string, unknown>, names: boolean): Cell[] {
  const scope = (a.scope ?? {}) as Record<string, unknown>;
  let projectCell: Cell = "", domainCell: Cell = "", systemCell: Cell = "";
  if ("project" in scope) projectCell = refCell(scope.project as Ref, names);
  else if ("domain" in scope) {
    const d = scope.domain as Ref;
    domainCell = names ? d.name : d.id;
  } else if ("system" in scope) systemCell = "all";
  let userCell: Cell = "", groupCell: Cell = "";
  if ("user" in a) userCell = refCell(a.user as Ref, names);
  else if ("group" in a) groupCell = refCell(a.group as Ref, names);
  const role = a.role as Ref | undefined;
  const roleCell: Cell = role ? (names ? role.name : role.id) : "";
  const inherited = scope["OS-INHERIT:inherited_to"] === "projects";
  return [roleCell, userCell, groupCell, projectCell, domainCell, systemCell, inherited];
}

export default defineCommand({
  summary: "List role assignments",
  output: "list",
  flags: {
    effective: flag.boolean({
      help: "Only effective assignments (groups and inheritance resolved)",
    }),
    role: str("<role>", "Only this role (name or ID)"),
    roleDomain: str("<role-domain>", "Domain of the role (name or ID), when role names collide"),
    names: flag.boolean({ help: "Names instead of IDs" }),
    user: str("<user>", "Only this user (name or ID)", "actor"),
    userDomain: str("<user-domain>", "Domain of the user (name or ID), when user names collide"),
    group: str("<group>", "Only this group (name or ID)", "actor"),
    groupDomain: str(
      "<group-domain>",
      "Domain of the group (name or ID), when group names collide",
    ),
    domain: str("<domain>", "Only this domain (name or ID)", "target"),
    project: str("<project>", "Only this project (name or ID)", "target"),
    system: str("<system>", 'Only system assignments ("all")', "target"),
    projectDomain: str(
      "<project-domain>",
      "Domain of the project (name or ID), when project names collide",
    ),
    inherited: flag.boolean({ help: "Only assignments inherited by the projects below" }),
    authUser: flag.boolean({ help: "Only the assignments of the user you are logged in as" }),
    authProject: flag.boolean({ help: "Only the assignments on the project of your token" }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    // python's lookups, in its order: role, user, domain, project, group
    const roleId = f.role ? (await findRole(identity, f.role, f.roleDomain)).id : undefined;
    let userId: string | undefined;
    if (f.user) userId = (await identityFindIn(identity, user, f.user, f.userDomain)).id;
    else if (f.authUser) {
      const me = (await ctx.auth()).userId;
      if (me) userId = (await identityFind(identity, user, me)).id;
    }
    const domainId = await domainIdOf(identity, f.domain);
    let projectId: string | undefined;
    if (f.project) {
      const name = await tokenResourceId(ctx, identity, "project", f.project);
      projectId = (await identityFindIn(identity, project, name, f.projectDomain)).id;
    } else if (f.authProject) {
      const mine = (await ctx.auth()).projectId;
      if (mine) projectId = (await identityFind(identity, project, mine)).id;
    }
    const groupId = f.group
      ? (await identityFindIn(identity, group, f.group, f.groupDomain)).id
      : undefined;
    // keystoneclient's checks (what argparse's groups let through: --auth-user, --auth-project)
    if (userId && groupId) throw new OscError("Specify either a user or group, not both");
    if (domainId && projectId) throw new OscError("Specify either a domain or project, not both");
    if (f.system && projectId) throw new OscError("Specify either system or project, not both");
    if (f.system && f.system !== "all") {
      throw new OscError("Only a system scope of 'all' is currently supported");
    }
    const query: Query = {
      "user.id": userId,
      "group.id": groupId,
      "scope.project.id": projectId,
      "scope.domain.id": domainId,
      "scope.system": f.system || undefined,
      "role.id": roleId,
      // python's str(True)
      effective: f.effective ? "True" : undefined,
      include_names: f.names ? "True" : undefined,
      "scope.OS-INHERIT:inherited_to": f.inherited ? "projects" : undefined,
    };
    const assignments = await listAll(identity, roleAssignment, query);
    return {
      kind: "list",
      columns: ["Role", "User", "Group", "Project", "Domain", "System", "Inherited"],
      rows: assignments.map((a) => row(a, f.names)),
      rowsAreList: true,
    };
  },
});
