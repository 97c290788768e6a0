import { defineCommand } from "../../../cli/command.ts";
import { shown } from "../../../kit/commands.ts";
import { findItem } from "../../../kit/resource.ts";
import { accessRule } from "../../../resources/identity/application_credential.ts";

export default defineCommand({
  summary: "Show an access rule",
  output: "show",
  flags: {},
  positionals: [{ name: "rule", metavar: "<access-rule>", help: "Access rule (ID)" }],
  async run({ positionals }, ctx) {
    const identity = await ctx.service("identity");
    const r = accessRule((await ctx.auth()).userId ?? "");
    return shown(r, await findItem(identity, r, positionals.rule as string));
  },
});
