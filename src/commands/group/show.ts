import { flag } from "../../cli/flags.ts";
import { showCommand } from "../../kit/commands.ts";
import { domainIdOf, identityFind } from "../../kit/identity.ts";
import { group } from "../../resources/identity/group.ts";

export default showCommand(group, {
  summary: "Show a group",
  positional: { name: "group", metavar: "<group>", help: "Group (name or ID)" },
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the group (name or ID)" }),
  },
  wording: "plain",
  // python falls back to {id: what was typed} on a 403 and then crashes on its missing links
  // ('links', exit 1): the 403 itself is the clearer failure
  find: async ({ flags: f, svc }, nameOrId) =>
    await identityFind(svc, group, nameOrId, {
      domainId: await domainIdOf(svc, f.domain),
      forbiddenAsId: false,
    }),
});
