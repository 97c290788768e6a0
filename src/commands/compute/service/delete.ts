import { defineCommand } from "../../../cli/command.ts";
import { deleteComputeService, SDK_SERVICE_MAX } from "../../../api/compute/services.ts";
import { deleteEach } from "../../../kit/bulk.ts";
import { sdkMicroversion } from "../../../kit/versions.ts";
import { computeVersionPinned } from "../../_common.ts";

export default defineCommand({
  summary: "Delete compute services (stop the service on its host first)",
  flags: {},
  positionals: [{
    name: "service",
    metavar: "<service>",
    help: "Services (IDs; UUIDs from compute API 2.53)",
    arity: "many",
  }],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    const mv = sdkMicroversion(compute, computeVersionPinned(ctx), SDK_SERVICE_MAX);
    await deleteEach(
      ctx,
      "compute service",
      p.service as string[],
      (id) => deleteComputeService(compute, mv, id),
      undefined,
      (id, why) => `Failed to delete compute service with ID '${id}': ${why}`,
    );
  },
});
