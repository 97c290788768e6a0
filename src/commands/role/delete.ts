import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { domainIdOf, identityFind } from "../../kit/identity.ts";
import { deleteItem } from "../../kit/resource.ts";
import { role } from "../../resources/identity/role.ts";

export default defineCommand({
  summary: "Delete roles",
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the roles (name or ID)" }),
  },
  positionals: [{ name: "roles", metavar: "<role>", help: "Roles (names or IDs)", arity: "many" }],
  async run({ flags: f, positionals }, ctx) {
    const identity = await ctx.service("identity");
    // the domain once, before any role (a bad domain fails the whole command)
    const domainId = await domainIdOf(identity, f.domain);
    await deleteEach(ctx, "role", positionals.roles as string[], async (name) => {
      const item = await identityFind(identity, role, name, { domainId, forbiddenAsId: false });
      await deleteItem(identity, role, item.id);
    }, plainError);
  },
});
