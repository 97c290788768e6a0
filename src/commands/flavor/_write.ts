/** What flavor set and unset share: the lookup, and python's "log each failure, fail at the end". */
import type { Context } from "../../context.ts";
import { OscError } from "../../errors.ts";
import { type Flavor, sdkFindFlavor, sdkFlavorHeaders } from "../../api/compute/flavors.ts";
import { sdkCall } from "../../api/sdk.ts";
import type { ServiceClient } from "../../http/service.ts";
import { logLine } from "../../http/errors.ts";
import { sdkError } from "../../kit/bulk.ts";
import { computeVersionPinned } from "../_common.ts";

export interface FlavorWrite {
  compute: ServiceClient;
  headers?: Record<string, string>;
  flavor: Flavor;
  /** Runs one step; a failure is logged as "<what>: <error>" and counted. */
  step(what: string, fn: () => Promise<void>): Promise<void>;
  /** "Command Failed: …" when any step failed. */
  finish(): void;
}

export async function flavorWrite(ctx: Context, nameOrId: string): Promise<FlavorWrite> {
  const compute = await ctx.service("compute");
  const headers = sdkFlavorHeaders(compute, computeVersionPinned(ctx));
  const flavor = await sdkCall(sdkFindFlavor(compute, nameOrId, headers));
  let failed = 0;
  return {
    compute,
    headers,
    flavor,
    async step(what, fn) {
      try {
        await fn();
      } catch (e) {
        failed++;
        await ctx.stderr.write(logLine(`${what}: ${sdkError(e)}`) + "\n");
      }
    },
    finish() {
      if (failed) throw new OscError("Command Failed: One or more of the operations failed");
    },
  };
}

/** openstacksdk's Flavor.is_public: absent means public. */
export function isPublic(f: Flavor): boolean {
  const v = f["os-flavor-access:is_public"];
  return v === undefined || v === null ? true : Boolean(v);
}
