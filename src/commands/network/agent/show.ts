import { defineCommand } from "../../../cli/command.ts";
import { shown } from "../../../kit/commands.ts";
import { agent } from "../../../resources/network/agent.ts";
import { getAgent } from "./_agent.ts";

export default defineCommand({
  summary: "Show a network agent",
  output: "show",
  flags: {},
  positionals: [{ name: "networkAgent", metavar: "<network-agent>", help: "Agent (ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("network");
    return shown(agent, await getAgent(svc, positionals.networkAgent as string));
  },
});
