import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { listResult } from "../../kit/attrs.ts";
import { domainIdOf, identityFind, identityFindIn } from "../../kit/identity.ts";
import { type Item, listAll } from "../../kit/resource.ts";
import { group } from "../../resources/identity/group.ts";
import { project } from "../../resources/identity/project.ts";
import { user } from "../../resources/identity/user.ts";
import { roleAssignment } from "../../resources/identity/role_assignment.ts";

const LONG = [
  ["ID", "id"],
  ["Name", "name"],
  ["Project", "default_project_id"],
  ["Domain", "domain_id"],
  ["Description", "description"],
  ["Email", "email"],
  ["Enabled", "enabled"],
] as const;

export default defineCommand({
  summary: "List users",
  output: "list",
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Only users of this domain (name or ID)" }),
    group: flag.string({
      metavar: "<group>",
      group: "scope",
      help: "Only members of this group (name or ID)",
    }),
    project: flag.string({
      metavar: "<project>",
      group: "scope",
      help: "Only users with a role on this project (name or ID)",
    }),
    long: flag.boolean({ help: "More columns" }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const domainId = await domainIdOf(identity, f.domain);
    const groupId = f.group
      ? (await identityFindIn(identity, group, f.group, f.domain)).id
      : undefined;
    let users: Item[];
    if (f.project) {
      const projectId = (await identityFind(identity, project, f.project, {
        domainId,
        forbiddenAsId: false,
      })).id;
      const assignments = await listAll(identity, roleAssignment, {
        "scope.project.id": projectId,
      });
      // one row per user, however many roles it has there
      const ids = [
        ...new Set(
          assignments.flatMap((a) => {
            const u = a.user as { id?: string } | undefined;
            return u?.id ? [u.id] : [];
          }),
        ),
      ];
      users = [];
      for (const id of ids) {
        users.push(await identityFind(identity, user, id, { forbiddenAsId: false }));
      }
    } else {
      const r = groupId ? { ...user, path: `/groups/${encodeURIComponent(groupId)}/users` } : user;
      users = await listAll(identity, r, { domain_id: domainId });
    }
    return listResult(user.attrs, users, f.long ? LONG : [["ID", "id"], ["Name", "name"]]);
  },
});
