import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { objectIn } from "../../../http/errors.ts";
import { ec2Path, ec2Show, ec2User, userDomainFlag } from "./_ec2.ts";

export default defineCommand({
  summary: "Show EC2 credentials",
  output: "show",
  flags: {
    user: flag.string({
      metavar: "<user>",
      help: "User of the credentials (name or ID; default: the token's user)",
    }),
    ...userDomainFlag,
  },
  positionals: [{ name: "access", metavar: "<access-key>", help: "Access key" }],
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    const userId = await ec2User(ctx, identity, f);
    const body = (await identity.request(ec2Path(userId, positionals.access as string))).body;
    return bodyShowResult(objectIn(body, "credential", "identity"), ec2Show);
  },
});
