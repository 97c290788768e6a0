import { defineCommand } from "../../../cli/command.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { shown } from "../../../kit/commands.ts";
import { getItem } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { helperPositional, helpersOf, routerPositional } from "./_router.ts";

export default defineCommand({
  summary: "Show an L3 conntrack helper",
  output: "show",
  flags: {},
  positionals: [routerPositional, helperPositional],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    const helpers = await worded("sdk", helpersOf(svc, positionals.router as string));
    const id = positionals.helper_id as string;
    // a proxy get: its error begins "No ConntrackHelper found for <id>"
    const item = await sdkCall(getItem(svc, helpers, id), {
      resource: "ConntrackHelper",
      value: id,
    });
    return shown(helpers, item);
  },
});
