import { flag } from "../../cli/flags.ts";
import { showCommand } from "../../kit/commands.ts";
import { domainIdOf, identityFind, tokenResourceId } from "../../kit/identity.ts";
import { user } from "../../resources/identity/user.ts";

export default showCommand(user, {
  summary: "Show a user",
  positional: { name: "user", metavar: "<user>", help: "User (name or ID)" },
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the user (name or ID)" }),
  },
  wording: "plain",
  async find({ flags: f, ctx, svc }, nameOrId) {
    const named = await tokenResourceId(ctx, svc, "user", nameOrId, f.domain);
    const domainId = await domainIdOf(svc, f.domain);
    return await identityFind(svc, user, named, { domainId, forbiddenAsId: false });
  },
});
