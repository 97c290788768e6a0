import { defineCommand } from "../../../cli/command.ts";
import { showResult } from "../../../kit/attrs.ts";
import { worded } from "../../../kit/wording.ts";
import { serverGroup, serverGroupHidden } from "../../../resources/compute/server_group.ts";
import { findServerGroup } from "./_find.ts";

export default defineCommand({
  summary: "Show a server group",
  output: "show",
  flags: {},
  positionals: [{
    name: "serverGroup",
    metavar: "<server-group>",
    help: "Server group to show (name or ID)",
  }],
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    const group = await worded(
      "sdk",
      findServerGroup(compute, positionals.serverGroup as string, "keys"),
    );
    return showResult(serverGroup.attrs, group, { hide: serverGroupHidden(compute) });
  },
});
