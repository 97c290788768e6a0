import type { ServiceClient } from "../../../http/service.ts";
import { OscError } from "../../../errors.ts";
import { SdkNotFound } from "../../../api/sdk.ts";
import { findItem, type Item } from "../../../kit/resource.ts";
import { serverGroup } from "../../../resources/compute/server_group.ts";

/**
 * find_server_group(ignore_missing=True): a group that is not there is None,
 * and python then fails on it with an AttributeError (`attr`) in its words.
 */
export async function findServerGroup(
  compute: ServiceClient,
  nameOrId: string,
  attr: string,
): Promise<Item> {
  try {
    return await findItem(compute, serverGroup, nameOrId);
  } catch (e) {
    if (e instanceof SdkNotFound) {
      throw new OscError(`'NoneType' object has no attribute '${attr}'`);
    }
    throw e;
  }
}
