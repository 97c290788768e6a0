import { defineCommand } from "../../../cli/command.ts";
import { shown } from "../../../kit/commands.ts";
import { findItem } from "../../../kit/resource.ts";
import { applicationCredential } from "../../../resources/identity/application_credential.ts";

export default defineCommand({
  summary: "Show an application credential",
  output: "show",
  flags: {},
  positionals: [{
    name: "credential",
    metavar: "<application-credential>",
    help: "Application credential (name or ID)",
  }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = applicationCredential((await ctx.auth()).userId ?? "");
    return shown(r, await findItem(identity, r, positionals.credential as string));
  },
});
