/** Nova host aggregate actions (the collection itself is src/resources/compute/aggregate.ts). */
import type { ServiceClient } from "../../http/service.ts";
import { objectIn } from "../../http/errors.ts";
import type { Item } from "../../kit/resource.ts";

/** POST /os-aggregates/{id}/action: add_host, remove_host, set_metadata; the aggregate after. */
export async function aggregateAction(
  compute: ServiceClient,
  id: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
): Promise<Item> {
  const res = await compute.request(`/os-aggregates/${encodeURIComponent(id)}/action`, {
    method: "POST",
    json: body,
    headers,
  });
  return objectIn<Item>(res.body, "aggregate", compute.type);
}

/** POST /os-aggregates/{id}/images (2.81): asks the hosts to cache these images. */
export async function precacheImages(
  compute: ServiceClient,
  id: string,
  images: readonly string[],
): Promise<void> {
  await compute.request(`/os-aggregates/${encodeURIComponent(id)}/images`, {
    method: "POST",
    json: { cache: images.map((id) => ({ id })) },
    // openstacksdk sends its own 2.81 here, whatever else is pinned
    headers: { "OpenStack-API-Version": "compute 2.81", "X-OpenStack-Nova-API-Version": "2.81" },
    expectJson: false,
  });
}
