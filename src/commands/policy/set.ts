import { flag } from "../../cli/flags.ts";
import { updateCommand } from "../../kit/commands.ts";
import { policy, readRules } from "../../resources/identity/policy.ts";

export default updateCommand(policy, {
  summary: "Change a policy",
  positional: { name: "policy", metavar: "<policy>", help: "Policy (ID)" },
  flags: {
    type: flag.string({ metavar: "<type>", help: "New MIME type of the rules" }),
    rules: flag.string({ metavar: "<filename>", help: "File holding the new rules" }),
  },
  wording: "plain",
  // python PATCHes the ID as typed, without looking it up
  find: (_w, id) => Promise.resolve({ id }),
  async body({ flags: f }) {
    const blob = f.rules ? await readRules(f.rules) : "";
    return { ...(blob ? { blob } : {}), ...(f.type ? { type: f.type } : {}) };
  },
});
