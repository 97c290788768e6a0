import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { listAgents, updateAgent } from "../../../api/compute/agents.ts";

export default defineCommand({
  summary: "Change a compute agent (XenAPI only; gone from Nova since Wallaby)",
  flags: {
    agentVersion: flag.string({ metavar: "<version>", help: "New agent version" }),
    url: flag.string({ metavar: "<url>", help: "New download URL" }),
    md5hash: flag.string({ metavar: "<md5hash>", help: "New MD5 of the agent file" }),
  },
  positionals: [{ name: "id", metavar: "<id>", help: "Agent (ID)" }],
  async run({ flags: f, positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const id = p.id as string;
    // python reads the agent's current values from the list, then PUTs all three
    const agents = await listAgents(compute);
    const wanted = Number(id.trim());
    // int() runs once per listed agent: with none, any id is merely not found
    if (agents.length && !/^\s*[+-]?\d+\s*$/.test(id)) {
      throw new OscError(`invalid literal for int() with base 10: '${id}'`);
    }
    const found = agents.filter((a) => a.agent_id === wanted).at(-1);
    if (!found) throw new OscError(`No agent with a ID of '${id}' exists.`);
    await updateAgent(compute, id, {
      url: f.url || found.url,
      md5hash: f.md5hash || found.md5hash,
      version: f.agentVersion || found.version,
    });
  },
});
