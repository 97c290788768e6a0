import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { listOfObjects } from "../../../http/errors.ts";
import { listResult } from "../../../kit/attrs.ts";
import { blank } from "../../../resources/identity/_keystone.ts";
import { ec2Path, ec2User, userDomainFlag } from "./_ec2.ts";

const attrs = { access: blank, secret: blank, tenant_id: blank, user_id: blank };

export default defineCommand({
  summary: "List EC2 credentials",
  output: "list",
  flags: {
    user: flag.string({
      metavar: "<user>",
      help: "User of the credentials (name or ID; default: the token's user)",
    }),
    ...userDomainFlag,
  },
  async run({ flags: f }, ctx) {
    const identity = await ctx.service("identity");
    const userId = await ec2User(ctx, identity, f);
    const body = (await identity.request(ec2Path(userId))).body;
    return listResult(attrs, listOfObjects(body, "credentials", "identity"), [
      ["Access", "access"],
      ["Secret", "secret"],
      ["Project ID", "tenant_id"],
      ["User ID", "user_id"],
    ]);
  },
});
