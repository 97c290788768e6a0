import { flag } from "../../cli/flags.ts";
import { listCommand } from "../../kit/commands.ts";
import { identityFindIn } from "../../kit/identity.ts";
import { credential } from "../../resources/identity/credential.ts";
import { user } from "../../resources/identity/user.ts";

export default listCommand(credential, {
  summary: "List credentials",
  flags: {
    user: flag.string({ metavar: "<user>", help: "Only credentials of this user (name or ID)" }),
    userDomain: flag.string({
      metavar: "<user-domain>",
      help: "Domain of the user (name or ID), when user names collide",
    }),
    type: flag.string({
      metavar: "<type>",
      help: "Only credentials of this type: cert, ec2, totp, ...",
    }),
  },
  columns: [["ID", "id"], ["Type", "type"], ["User ID", "user_id"], ["Data", "blob"], [
    "Project ID",
    "project_id",
  ]],
  wording: "plain",
  async query(f, ctx) {
    const identity = await ctx.service("identity");
    const userId = f.user
      ? (await identityFindIn(identity, user, f.user, f.userDomain)).id
      : undefined;
    return { user_id: userId, type: f.type };
  },
});
