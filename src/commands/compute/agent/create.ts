import { defineCommand } from "../../../cli/command.ts";
import { createAgent } from "../../../api/compute/agents.ts";
import { cmpCodePoints } from "../../../output/pyrepr.ts";
import type { Cell } from "../../../output/types.ts";

export default defineCommand({
  summary: "Create a compute agent (XenAPI only; gone from Nova since Wallaby)",
  output: "show",
  flags: {},
  positionals: [
    { name: "os", metavar: "<os>", help: "Guest OS type" },
    { name: "architecture", metavar: "<architecture>", help: "Guest architecture" },
    { name: "version", metavar: "<version>", help: "Agent version" },
    { name: "url", metavar: "<url>", help: "Where the agent is downloaded from" },
    { name: "md5hash", metavar: "<md5hash>", help: "MD5 of the agent file" },
    { name: "hypervisor", metavar: "<hypervisor>", help: "Hypervisor type" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const agent = await createAgent(compute, {
      hypervisor: p.hypervisor,
      os: p.os,
      architecture: p.architecture,
      version: p.version,
      url: p.url,
      md5hash: p.md5hash,
    });
    const keys = Object.keys(agent).sort(cmpCodePoints);
    return { kind: "show", fields: keys, values: keys.map((k) => agent[k] as Cell) };
  },
});
