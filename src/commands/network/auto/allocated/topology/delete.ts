import { defineCommand } from "../../../../../cli/command.ts";
import { worded } from "../../../../../kit/wording.ts";
import { topologyFlags, topologyPath } from "./_topology.ts";

export default defineCommand({
  summary: "Delete a project's auto-allocated network topology",
  flags: topologyFlags("Project of the topology (default: yours; given as Neutron takes it)"),
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("network");
    const path = await topologyPath(ctx, f.project);
    await worded("sdk", svc.request(path, { method: "DELETE", expectJson: false }));
  },
});
