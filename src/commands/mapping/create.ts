import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { mapping, putItem, readMappingRules } from "../../resources/identity/federation.ts";

export default createCommand(mapping, {
  summary: "Create a mapping",
  positionals: [{ name: "mapping", metavar: "<name>", help: "ID of the new mapping" }],
  flags: {
    rules: flag.string({
      metavar: "<filename>",
      required: true,
      help: "JSON file holding the mapping rules",
    }),
  },
  wording: "plain",
  body: async ({ flags: f }) => ({ rules: await readMappingRules(f.rules) }),
  create: ({ positionals, svc }, attrs) =>
    putItem(svc, mapping, positionals.mapping as string, attrs),
});
