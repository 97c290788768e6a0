import { defineCommand } from "../../../cli/command.ts";
import type { Cell } from "../../../output/types.ts";
import { getInstanceAction } from "../../../api/compute/instance_actions.ts";
import { sortedShow } from "../_detail.ts";
import { eventServerId } from "./_server.ts";

export default defineCommand({
  summary: "Show one event (action) of a server",
  description:
    "Show one event of a server. From compute API 2.21 a deleted server's events are shown too, given its ID; from 2.51 non-admin users see them.",
  output: "show",
  flags: {},
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "requestId", metavar: "<request-id>", help: "The event's request ID" },
  ],
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    const id = await eventServerId(compute, positionals.server as string);
    const action = await getInstanceAction(compute, id, positionals.requestId as string);
    return sortedShow(new Map(Object.entries(action) as [string, Cell][]));
  },
});
