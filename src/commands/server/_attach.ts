/**
 * What the server add/remove commands on openstacksdk share: the microversion
 * its attachment resources speak, their lookups, python's --tag check.
 */
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { OscError } from "../../errors.ts";
import { sdkFindNetwork } from "../../api/network/networks.ts";
import { sdkFindPort } from "../../api/network/ports.ts";
import { SDK_INTERFACE_MAX, SDK_VOLUME_ATTACHMENT_MAX } from "../../api/compute/attachments.ts";
import { sdkMicroversion, supports } from "../../kit/versions.ts";
import { computeVersionPinned } from "../_common.ts";

export function interfaceVersion(ctx: Context, compute: ServiceClient): string | undefined {
  return sdkMicroversion(compute, computeVersionPinned(ctx), SDK_INTERFACE_MAX);
}

export function attachmentVersion(ctx: Context, compute: ServiceClient): string | undefined {
  return sdkMicroversion(compute, computeVersionPinned(ctx), SDK_VOLUME_ATTACHMENT_MAX);
}

/** python's refusal of --tag below 2.49. */
export function checkTag(compute: ServiceClient, tag: string | undefined): void {
  if (tag && !supports(compute, "2.49")) {
    throw new OscError(
      "--os-compute-api-version 2.49 or greater is required to support the --tag option",
    );
  }
}

export async function networkId(ctx: Context, nameOrId: string): Promise<string> {
  return (await sdkFindNetwork(await ctx.service("network"), nameOrId)).id;
}

export async function portId(ctx: Context, nameOrId: string): Promise<string> {
  return (await sdkFindPort(await ctx.service("network"), nameOrId)).id;
}
