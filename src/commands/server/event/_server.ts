import type { ServiceClient } from "../../../http/service.ts";
import { HttpError } from "../../../http/errors.ts";
import { OscError } from "../../../errors.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { isUuidLike } from "../../../kit/pyformats.ts";

/**
 * The server's ID; a deleted server is not found, but its events are kept
 * (2.21+): an ID that looks like one is then taken as it is.
 */
export async function eventServerId(compute: ServiceClient, nameOrId: string): Promise<string> {
  try {
    return (await findServer(compute, nameOrId)).id;
  } catch (e) {
    if (e instanceof OscError && !(e instanceof HttpError) && isUuidLike(nameOrId)) return nameOrId;
    throw e;
  }
}
