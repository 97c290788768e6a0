import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { sdkCall } from "../../../api/sdk.ts";
import {
  computeServiceAction,
  listComputeServices,
  SDK_SERVICE_MAX,
  updateComputeService,
} from "../../../api/compute/services.ts";
import { sdkMicroversion, supports } from "../../../kit/versions.ts";
import { computeVersionPinned } from "../../_common.ts";

export default defineCommand({
  summary: "Enable, disable or force down a compute service",
  flags: {
    enable: flag.boolean({ group: "enabled", help: "Enable the service" }),
    disable: flag.boolean({ group: "enabled", help: "Disable the service" }),
    disableReason: flag.string({
      metavar: "<reason>",
      help: "Why the service is disabled (with --disable)",
    }),
    up: flag.boolean({ group: "updown", help: "Clear the forced-down mark (compute API 2.11+)" }),
    down: flag.boolean({
      group: "updown",
      help: "Mark the service forced down (compute API 2.11+)",
    }),
  },
  positionals: [
    { name: "host", metavar: "<host>", help: "Host name" },
    { name: "service", metavar: "<service>", help: "Binary name (nova-compute)" },
  ],
  async run({ flags: f, positionals: p }, ctx) {
    const host = p.host as string;
    const binary = p.service as string;
    if ((f.enable || !f.disable) && f.disableReason) {
      throw new OscError("Cannot specify option --disable-reason without --disable specified.");
    }
    const compute = await ctx.service("compute");
    const pinned = computeVersionPinned(ctx);
    const mv = sdkMicroversion(compute, pinned, SDK_SERVICE_MAX);
    // before 2.53 openstacksdk acts with the session's own microversion: none unless pinned
    const legacy = pinned ? compute.microversion : undefined;
    let id: string | undefined;
    if (supports(compute, "2.53")) {
      const found = await sdkCall(listComputeServices(compute, mv, { host, binary }));
      if (!found.length) {
        throw new OscError(
          `Compute service for host "${host}" and binary "${binary}" not found.`,
        );
      }
      if (found.length > 1) {
        throw new OscError(
          `Multiple compute services found for host "${host}" and binary "${binary}". Unable to proceed.`,
        );
      }
      id = String(found[0].id);
    }

    let failed = 0;
    const enabled = f.disable ? false : f.enable ? true : undefined;
    if (enabled !== undefined) {
      try {
        if (id !== undefined) {
          const body: Record<string, unknown> = { status: enabled ? "enabled" : "disabled" };
          if (!enabled && f.disableReason) body.disabled_reason = f.disableReason;
          await updateComputeService(compute, mv, id, body);
        } else if (enabled) {
          await computeServiceAction(compute, legacy, "enable", { host, binary });
        } else if (f.disableReason) {
          await computeServiceAction(compute, legacy, "disable-log-reason", {
            host,
            binary,
            disabled_reason: f.disableReason,
          });
        } else {
          await computeServiceAction(compute, legacy, "disable", { host, binary });
        }
      } catch (e) {
        if (!(e instanceof Error) || ctx.signal?.aborted) throw e;
        await ctx.stderr.write(
          `Failed to set service status to ${enabled ? "enabled" : "disabled"}\n`,
        );
        failed++;
      }
    }

    const down = f.down ? true : f.up ? false : undefined;
    if (down !== undefined) {
      if (!supports(compute, "2.11")) {
        throw new OscError("--os-compute-api-version 2.11 or later is required");
      }
      try {
        if (id !== undefined) {
          await updateComputeService(compute, mv, id, { forced_down: down });
        } else {
          // the force-down action works from 2.11 to 2.52 only: openstacksdk pins 2.11
          await computeServiceAction(compute, "2.11", "force-down", {
            host,
            binary,
            forced_down: down,
          });
        }
      } catch (e) {
        if (!(e instanceof Error) || ctx.signal?.aborted) throw e;
        await ctx.stderr.write(`Failed to set service state to ${down ? "down" : "up"}\n`);
        failed++;
      }
    }
    if (failed) {
      throw new OscError(`Compute service ${binary} of host ${host} failed to set.`);
    }
  },
});
