import { sdkCall } from "../../../../../api/sdk.ts";
import { defineCommand } from "../../../../../cli/command.ts";
import { flag } from "../../../../../cli/flags.ts";
import { objectIn } from "../../../../../http/errors.ts";
import { showResult } from "../../../../../kit/attrs.ts";
import type { Cell } from "../../../../../output/types.ts";
import { topologyFlags, topologyPath } from "./_topology.ts";

export default defineCommand({
  summary: "Get (making it if need be) a project's auto-allocated network topology",
  output: "show",
  flags: {
    ...topologyFlags("Project of the topology (default: yours; given as Neutron takes it)"),
    checkResources: flag.boolean({
      help: "Only check that the cloud can make the topology (makes nothing)",
    }),
    orShow: flag.boolean({ help: "Show the topology when it exists (always so)" }),
  },
  async run({ flags: f }, ctx) {
    const svc = await ctx.service("network");
    const path = await topologyPath(ctx, f.project);
    if (f.checkResources) {
      // openstacksdk's ValidateTopology: its error names the project "None", whatever it was
      const body = await sdkCall(svc.get(path, { fields: "dry-run" }), {
        resource: "ValidateTopology",
        value: "None",
      });
      const item = objectIn<Record<string, unknown>>(body, "auto_allocated_topology", svc.type);
      // (Neutron answers "dry-run", which openstacksdk's dry_run never reads)
      return { kind: "show", fields: ["dry_run"], values: [(item.dry_run ?? null) as Cell] };
    }
    const id = path.split("/").pop()!;
    const body = await sdkCall(svc.get(path), {
      resource: "AutoAllocatedTopology",
      value: decodeURIComponent(id),
    });
    const item = objectIn<Record<string, unknown>>(body, "auto_allocated_topology", svc.type);
    return showResult({
      project_id: {},
      tenant_id: { show: false },
      id: {},
      name: { show: false },
    }, item);
  },
});
