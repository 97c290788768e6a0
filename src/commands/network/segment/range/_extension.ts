/** python checks the extension before each segment range command, in its own words. */
import { OscError } from "../../../../errors.ts";
import type { ServiceClient } from "../../../../http/service.ts";
import { findItem } from "../../../../kit/resource.ts";
import { deleteDescriber } from "../../../../kit/wording.ts";
import { extension } from "../../../../resources/network/extension.ts";

export async function requireSegmentRanges(svc: ServiceClient, what: string): Promise<void> {
  try {
    await findItem(svc, extension, "network-segment-range");
  } catch (e) {
    throw new OscError(
      `Network segment range ${what} not supported by Network API: ${deleteDescriber("sdk")(e)}`,
    );
  }
}
