import { flag } from "../../cli/flags.ts";
import { defineCommand } from "../../cli/command.ts";
import { listResult } from "../../kit/attrs.ts";
import { domainIdOf, identityFindIn } from "../../kit/identity.ts";
import { listAll } from "../../kit/resource.ts";
import { group } from "../../resources/identity/group.ts";
import { user } from "../../resources/identity/user.ts";

export default defineCommand({
  summary: "List groups",
  output: "list",
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Only groups of this domain (name or ID)" }),
    user: flag.string({ metavar: "<user>", help: "Only groups this user is in (name or ID)" }),
    userDomain: flag.string({
      metavar: "<user-domain>",
      help: "Domain of the user (name or ID), when user names collide",
    }),
    long: flag.boolean({ help: "More columns" }),
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const domainId = await domainIdOf(identity, f.domain);
    const userId = f.user
      ? (await identityFindIn(identity, user, f.user, f.userDomain)).id
      : undefined;
    const r = userId ? { ...group, path: `/users/${encodeURIComponent(userId)}/groups` } : group;
    const groups = await listAll(identity, r, { domain_id: domainId });
    return listResult(
      group.attrs,
      groups,
      f.long
        ? [["ID", "id"], ["Name", "name"], ["Domain ID", "domain_id"], [
          "Description",
          "description",
        ]]
        : [["ID", "id"], ["Name", "name"]],
    );
  },
});
