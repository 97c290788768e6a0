import { defineCommand } from "../../../cli/command.ts";
import { identityFindIn } from "../../../kit/identity.ts";
import { group } from "../../../resources/identity/group.ts";
import { user } from "../../../resources/identity/user.ts";
import { memberFlags } from "../_members.ts";

export default defineCommand({
  summary: "Tell whether a user is in a group",
  flags: memberFlags,
  positionals: [
    { name: "group", metavar: "<group>", help: "Group (name or ID)" },
    { name: "user", metavar: "<user>", help: "User (name or ID)" },
  ],
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const [g, u] = [positionals.group as string, positionals.user as string];
    const userId = (await identityFindIn(identity, user, u, f.userDomain)).id;
    const groupId = (await identityFindIn(identity, group, g, f.groupDomain)).id;
    try {
      await identity.request(
        `/groups/${encodeURIComponent(groupId)}/users/${encodeURIComponent(userId)}`,
        { method: "HEAD", expectJson: false },
      );
    } catch (e) {
      const status = (e as { status?: number }).status;
      // python's answer for "no" is a line on stderr and exit 0
      if (status !== 403 && status !== 404) throw e;
      await ctx.stderr.write(`${u} not in group ${g}\n`);
      return;
    }
    await ctx.stdout.write(`${u} in group ${g}\n`);
  },
});
