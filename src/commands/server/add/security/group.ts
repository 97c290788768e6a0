import { defineCommand } from "../../../../cli/command.ts";
import { findServer, serverAction } from "../../../../api/compute/servers.ts";
import { computeFindSecurityGroup } from "../../../../api/compute/security_groups.ts";

export default defineCommand({
  summary: "Add a security group to a server",
  flags: {},
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "group", metavar: "<group>", help: "Security group (name or ID)" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const server = await findServer(compute, p.server as string);
    const group = await computeFindSecurityGroup(compute, p.group as string);
    // novaclient names the group by the ID it found
    await serverAction(compute, server.id, "addSecurityGroup", { name: group.id });
  },
});
