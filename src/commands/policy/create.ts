import { flag } from "../../cli/flags.ts";
import { createCommand } from "../../kit/commands.ts";
import { policy, readRules } from "../../resources/identity/policy.ts";

export default createCommand(policy, {
  summary: "Create a policy",
  positionals: [{ name: "rules", metavar: "<filename>", help: "File holding the rules" }],
  flags: {
    type: flag.string({
      metavar: "<type>",
      default: "application/json",
      help: "MIME type of the rules (default application/json)",
    }),
  },
  wording: "plain",
  body: async ({ flags: f, positionals }) => ({
    blob: await readRules(positionals.rules as string),
    type: f.type,
  }),
});
