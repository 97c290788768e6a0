/** Glance v2 images. */
import type { ServiceClient } from "../../http/service.ts";
import { findResource, unless404 } from "../find.ts";
import { listPages, markerOf } from "../paging.ts";
import { sdkFind } from "../sdk.ts";
import { BadResponseError } from "../../http/errors.ts";

export interface Image {
  id: string;
  name: string | null;
  [key: string]: unknown;
}

export async function getImage(image: ServiceClient, id: string): Promise<Image> {
  const body = await image.get<Image>(`/images/${encodeURIComponent(id)}`);
  if (typeof body !== "object" || body === null || typeof body.id !== "string") {
    throw new BadResponseError("Malformed response from the image service: not an image");
  }
  return body;
}

export async function listImagesByName(image: ServiceClient, name: string): Promise<Image[]> {
  return (await image.get<{ images: Image[] }>("/images", { name })).images;
}

export async function findImage(image: ServiceClient, nameOrId: string): Promise<Image> {
  return await findResource({
    noun: "image",
    byId: (id) => unless404(getImage(image, id)),
    byName: (name) => listImagesByName(image, name),
  }, nameOrId);
}

export interface ImageListQuery {
  visibility?: string;
  name?: string;
  memberStatus?: string;
  owner?: string;
  status?: string;
  hidden?: boolean;
  tags?: readonly string[];
}

/**
 * GET /images, following Glance's `next` to the last page (or up to
 * `limit`), parameters in openstacksdk's order.
 */
export async function listImages(
  image: ServiceClient,
  q: ImageListQuery,
  page: { limit?: number; marker?: string } = {},
): Promise<Image[]> {
  return await listPages<Image>(image, "/images", {
    name: q.name,
    visibility: q.visibility,
    member_status: q.memberStatus,
    owner: q.owner,
    status: q.status,
    os_hidden: q.hidden ? "True" : undefined,
    tag: q.tags?.length ? q.tags : undefined,
  }, {
    key: "images",
    next: (b) => markerOf(b.next as string | undefined),
    limit: page.limit,
    marker: page.marker,
  });
}

/** openstacksdk's find_image: GET by id, else the images of that name. "No Image found for x". */
export async function sdkFindImage(image: ServiceClient, nameOrId: string): Promise<Image> {
  return await sdkFind<Image>({
    resource: "Image",
    get: (id) => getImage(image, id),
    list: (name) => listImages(image, { name }),
    id: (i) => i.id,
    name: (i) => i.name,
  }, nameOrId);
}
