import { flag } from "../../cli/flags.ts";
import { deleteCommand } from "../../kit/commands.ts";
import { domainIdOf } from "../../kit/identity.ts";
import { user } from "../../resources/identity/user.ts";

export default deleteCommand(user, {
  summary: "Delete users",
  positional: { name: "users", metavar: "<user>", help: "Users (names or IDs)" },
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the users (name or ID)" }),
  },
  noun: "user",
  wording: "plain",
  query: async (f, ctx) => ({
    domain_id: await domainIdOf(await ctx.service("identity"), f.domain),
  }),
});
