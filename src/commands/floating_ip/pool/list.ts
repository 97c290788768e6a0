import { defineCommand } from "../../../cli/command.ts";
import { OscError } from "../../../errors.ts";

export default defineCommand({
  summary: "List floating IP pools (nova-network only)",
  output: "list",
  flags: {},
  async run(_args, ctx) {
    // python asks whether the cloud has a network endpoint: with Neutron it refuses
    await ctx.service("network");
    throw new OscError("Floating ip pool operations are only available for Compute v2 network.");
  },
});
