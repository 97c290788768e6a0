/** Cinder user messages (3.3 and later), as cinderclient's message manager sends them. */
import type { ServiceClient } from "../../http/service.ts";
import { listOfObjects, objectIn } from "../../http/errors.ts";
import { supports } from "../../kit/versions.ts";
import { linksMarker, listPages } from "../paging.ts";
import type { Item } from "../../kit/resource.ts";

/**
 * GET /messages: before 3.5 cinderclient sends no query at all; from 3.5 the
 * project, marker and limit, following the pages.
 */
export async function listMessages(
  svc: ServiceClient,
  o: { projectId?: string; marker?: string; limit?: number },
): Promise<Item[]> {
  if (!supports(svc, "3.5")) {
    return listOfObjects<Item>(await svc.get("/messages"), "messages", "block-storage");
  }
  return await listPages<Item>(svc, "/messages", { project_id: o.projectId || undefined }, {
    key: "messages",
    next: (b) => linksMarker(b.messages_links),
    limit: o.limit || undefined,
    marker: o.marker || undefined,
  });
}

export async function getMessage(svc: ServiceClient, id: string): Promise<Item> {
  // cinderclient puts the id in the path as it is
  return objectIn<Item>(await svc.get(`/messages/${id}`), "message", "block-storage");
}

export async function deleteMessage(svc: ServiceClient, id: string): Promise<void> {
  await svc.request(`/messages/${id}`, { method: "DELETE", expectJson: false });
}
