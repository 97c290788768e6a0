/** Nova's instance actions (server events): GET /servers/{id}/os-instance-actions[/{request_id}]. */
import type { Query } from "../../http/client.ts";
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";

export type InstanceAction = Record<string, unknown>;

function actionsPath(serverId: string): string {
  return `/servers/${encodeURIComponent(serverId)}/os-instance-actions`;
}

/** One page, as novaclient reads it (--limit and --marker page by hand). */
export async function listInstanceActions(
  compute: ServiceClient,
  serverId: string,
  query: Query = {},
): Promise<InstanceAction[]> {
  const body = await compute.get(actionsPath(serverId), query);
  return listOfObjects<InstanceAction>(body, "instanceActions", "compute");
}

export async function getInstanceAction(
  compute: ServiceClient,
  serverId: string,
  requestId: string,
): Promise<InstanceAction> {
  const body = await compute.get(`${actionsPath(serverId)}/${encodeURIComponent(requestId)}`);
  return objectIn<InstanceAction>(body, "instanceAction", "compute");
}
