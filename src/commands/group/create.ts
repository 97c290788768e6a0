import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { domainIdOf, identityFind } from "../../kit/identity.ts";
import { group } from "../../resources/identity/group.ts";

export default createCommand(group, {
  summary: "Create a group",
  positionals: [{ name: "name", metavar: "<group-name>", help: "Name of the new group" }],
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the group (name or ID)" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    orShow: flag.boolean({ help: "Show the group if it exists already" }),
  },
  wording: "plain",
  body: async ({ flags: f, positionals, svc }) => ({
    name: positionals.name,
    domain_id: await domainIdOf(svc, f.domain),
    description: f.description,
  }),
  async conflict({ flags: f, positionals, svc }) {
    if (!f.orShow) return undefined;
    const domainId = await domainIdOf(svc, f.domain);
    return await identityFind(svc, group, positionals.name as string, {
      domainId,
      forbiddenAsId: false,
    });
  },
});
