import { flag } from "../../../cli/flags.ts";
import { updateCommand } from "../../../kit/commands.ts";
import { endpointGroup, readFilters } from "../../../resources/identity/endpoint_group.ts";

export default updateCommand(endpointGroup, {
  summary: "Change an endpoint group",
  positional: { name: "group", metavar: "<endpoint-group>", help: "Group (name or ID)" },
  flags: {
    name: flag.string({ metavar: "<name>", help: "New name" }),
    filters: flag.string({ metavar: "<filename>", help: "JSON file holding the new filters" }),
    description: flag.string({
      metavar: "<description>",
      default: "",
      help: "New description (without it: none)",
    }),
  },
  wording: "plain",
  // python's --description defaults to "", which it always sends
  body: async ({ flags: f }) => ({
    ...(f.name ? { name: f.name } : {}),
    ...(f.filters ? { filters: await readFilters(f.filters) } : {}),
    description: f.description,
  }),
});
