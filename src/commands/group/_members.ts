/** group add user / remove user: each user tried, failures reported as python words them. */
import type { Context } from "../../context.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { logLine } from "../../http/errors.ts";
import { plainError } from "../../kit/bulk.ts";
import { identityFindIn } from "../../kit/identity.ts";
import { group } from "../../resources/identity/group.ts";
import { user } from "../../resources/identity/user.ts";

export const memberFlags = {
  groupDomain: flag.string({
    metavar: "<group-domain>",
    help: "Domain of the group (name or ID), when group names collide",
  }),
  userDomain: flag.string({
    metavar: "<user-domain>",
    help: "Domain of the users (name or ID), when user names collide",
  }),
};

/** PUT (add) or DELETE (remove) /groups/{group}/users/{user} for every user. */
export async function changeMembers(
  ctx: Context,
  how: "add" | "remove",
  f: { groupDomain?: string; userDomain?: string },
  groupName: string,
  users: readonly string[],
): Promise<void> {
  const identity = await ctx.service("identity");
  const groupId = (await identityFindIn(identity, group, groupName, f.groupDomain)).id;
  const done = how === "add" ? "added to" : "removed from";
  let failed = 0;
  for (const name of users) {
    try {
      const userId = (await identityFindIn(identity, user, name, f.userDomain)).id;
      await identity.request(
        `/groups/${encodeURIComponent(groupId)}/users/${encodeURIComponent(userId)}`,
        { method: how === "add" ? "PUT" : "DELETE", expectJson: false },
      );
    } catch (e) {
      if (ctx.signal?.aborted) throw e;
      failed++;
      await ctx.stderr.write(
        logLine(`${name} not ${done} group ${groupName}: ${plainError(e)}`) + "\n",
      );
    }
  }
  if (failed) {
    throw new OscError(`${failed} of ${users.length} users not ${done} group ${groupName}.`);
  }
}
