import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { updateItem } from "../../../kit/resource.ts";
import { worded } from "../../../kit/wording.ts";
import { agent } from "../../../resources/network/agent.ts";
import { getAgent } from "./_agent.ts";

export default defineCommand({
  summary: "Change a network agent",
  flags: {
    description: flag.string({ metavar: "<description>", help: "New description" }),
    enable: flag.boolean({ group: "admin", help: "Put the agent in service" }),
    disable: flag.boolean({ group: "admin", help: "Take the agent out of service" }),
  },
  positionals: [{ name: "networkAgent", metavar: "<network-agent>", help: "Agent (ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("network");
    const item = await getAgent(svc, positionals.networkAgent as string);
    const attrs = {
      ...(f.description !== undefined ? { description: f.description } : {}),
      ...(f.enable ? { admin_state_up: true } : f.disable ? { admin_state_up: false } : {}),
    };
    // openstacksdk sends nothing when nothing changes
    if (Object.keys(attrs).length) {
      await worded("sdk", updateItem(svc, agent, String(item.id), attrs));
    }
  },
});
