import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";
import { ec2Path, ec2User, userDomainFlag } from "./_ec2.ts";

export default defineCommand({
  summary: "Delete EC2 credentials",
  flags: {
    user: flag.string({
      metavar: "<user>",
      help: "User of the credentials (name or ID; default: the token's user)",
    }),
    ...userDomainFlag,
  },
  positionals: [
    { name: "access", metavar: "<access-key>", help: "Access keys", arity: "many" },
  ],
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const userId = await ec2User(ctx, identity, f);
    await deleteEach(
      ctx,
      "EC2 key",
      positionals.access as string[],
      async (access) => {
        await identity.request(ec2Path(userId, access), { method: "DELETE", expectJson: false });
      },
      plainError,
      (access, why) => `Failed to delete EC2 credentials with access key '${access}': ${why}`,
    );
  },
});
