/** What the aggregate commands share: openstacksdk's lookup and its unversioned actions. */
import type { Context } from "../../context.ts";
import type { ServiceClient } from "../../http/service.ts";
import { findItem, type Item } from "../../kit/resource.ts";
import { aggregateAction } from "../../api/compute/aggregates.ts";
import { aggregate } from "../../resources/compute/aggregate.ts";
import { computeVersionPinned } from "../_common.ts";

export function findAggregate(compute: ServiceClient, nameOrId: string): Promise<Item> {
  return findItem(compute, aggregate, nameOrId);
}

/**
 * openstacksdk posts aggregate actions with the session's own microversion:
 * none (2.1) unless pinned, so their answer has no uuid. The same here, for
 * the same output.
 */
export function actionHeaders(ctx: Context): Record<string, string> | undefined {
  if (computeVersionPinned(ctx)) return undefined;
  return { "OpenStack-API-Version": "compute 2.1", "X-OpenStack-Nova-API-Version": "2.1" };
}

export function runAction(
  ctx: Context,
  compute: ServiceClient,
  item: Item,
  body: Record<string, unknown>,
): Promise<Item> {
  return aggregateAction(compute, String(item.id), body, actionHeaders(ctx));
}
