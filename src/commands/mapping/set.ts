import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { mapping, readMappingRules } from "../../resources/identity/federation.ts";

export default updateCommand(mapping, {
  summary: "Change a mapping's rules",
  positional: { name: "mapping", metavar: "<name>", help: "Mapping (ID)" },
  flags: {
    rules: flag.string({ metavar: "<filename>", help: "JSON file holding the new rules" }),
  },
  wording: "plain",
  // python PATCHes the ID as typed, without looking it up
  find: (_w, id) => Promise.resolve({ id }),
  body: async ({ flags: f }) => ({ rules: await readMappingRules(f.rules) }),
});
