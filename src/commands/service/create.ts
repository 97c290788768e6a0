import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { enableFlags } from "../../kit/identity_flags.ts";
import { service } from "../../resources/identity/service.ts";

export default createCommand(service, {
  summary: "Create a catalog service",
  positionals: [{ name: "type", metavar: "<type>", help: "Type of the new service (compute, …)" }],
  flags: {
    name: flag.string({ metavar: "<name>", help: "Name" }),
    description: flag.string({ metavar: "<description>", help: "Description" }),
    ...enableFlags("service (the default)"),
  },
  wording: "plain",
  body: ({ flags: f, positionals }) => ({
    name: f.name,
    type: positionals.type,
    description: f.description,
    enabled: !f.disable,
  }),
});
