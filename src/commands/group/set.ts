import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { identityFindIn } from "../../kit/identity.ts";
import { group } from "../../resources/identity/group.ts";

export default updateCommand(group, {
  summary: "Change a group",
  positional: { name: "group", metavar: "<group>", help: "Group (name or ID)" },
  flags: {
    domain: flag.string({ metavar: "<domain>", help: "Domain of the group (name or ID)" }),
    name: flag.string({ metavar: "<name>", help: "New name" }),
    description: flag.string({ metavar: "<description>", help: "New description" }),
  },
  wording: "plain",
  find: ({ flags: f, svc }, nameOrId) => identityFindIn(svc, group, nameOrId, f.domain),
  // python sends the PATCH even when nothing changes
  body: ({ flags: f }) => ({
    ...(f.name ? { name: f.name } : {}),
    ...(f.description ? { description: f.description } : {}),
  }),
});
