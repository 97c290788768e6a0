import { flag } from "../../../cli/flags.ts";
import { createCommand } from "../../../kit/commands.ts";
import { endpointGroup, readFilters } from "../../../resources/identity/endpoint_group.ts";

export default createCommand(endpointGroup, {
  summary: "Create an endpoint group",
  positionals: [
    { name: "name", metavar: "<name>", help: "Name of the new group" },
    { name: "filters", metavar: "<filename>", help: "JSON file holding the group's filters" },
  ],
  flags: { description: flag.string({ metavar: "DESCRIPTION", help: "Description" }) },
  wording: "plain",
  body: async ({ flags: f, positionals }) => ({
    name: positionals.name,
    filters: positionals.filters ? await readFilters(positionals.filters as string) : undefined,
    description: f.description,
  }),
});
