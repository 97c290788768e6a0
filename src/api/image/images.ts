/** Glance v2 images. */
import type { ServiceClient } from "../../http/service.ts";
import { findResource, unless404 } from "../find.ts";
import { listPages, markerOf } from "../paging.ts";
import { SdkDuplicate, sdkFind, SdkNotFound } from "../sdk.ts";
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

/**
 * openstacksdk's find_image: GET by id, else the images of that name, else
 * (Image.find) the hidden images matched on id or name. "No Image found for x".
 */
export async function sdkFindImage(image: ServiceClient, nameOrId: string): Promise<Image> {
  try {
    return await sdkFind<Image>({
      resource: "Image",
      get: (id) => getImage(image, id),
      list: (name) => listImages(image, { name }),
      id: (i) => i.id,
      name: (i) => i.name,
    }, nameOrId);
  } catch (e) {
    if (!(e instanceof SdkNotFound)) throw e;
    const hidden = (await listImages(image, { hidden: true }))
      .filter((i) => i.id === nameOrId || i.name === nameOrId);
    if (hidden.length > 1) throw new SdkDuplicate("Image", nameOrId);
    if (hidden.length === 1) return hidden[0];
    throw e;
  }
}

/** DELETE /images/{id}. */
export async function deleteImage(image: ServiceClient, id: string): Promise<void> {
  await image.request(`/images/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { Accept: null },
  });
}

/** PUT /images/{id}/file: the image data, sent as it is read. */
export async function uploadImageData(
  image: ServiceClient,
  id: string,
  data: Uint8Array<ArrayBuffer> | Blob | ReadableStream<Uint8Array<ArrayBuffer>>,
): Promise<void> {
  await image.request(`/images/${encodeURIComponent(id)}/file`, {
    method: "PUT",
    body: data,
    headers: { Accept: "" },
  });
}

/**
 * GET /images/{id}/file as a stream (empty when no data was uploaded: 204),
 * with the MD5 Glance vouches for in Content-MD5, when it sends one.
 */
export async function downloadImageData(
  image: ServiceClient,
  id: string,
): Promise<{ data: ReadableStream<Uint8Array<ArrayBuffer>>; md5?: string }> {
  const res = await image.request(`/images/${encodeURIComponent(id)}/file`, {
    stream: true,
    expectJson: false,
  });
  return {
    data: res.stream ?? new ReadableStream({ start: (c) => c.close() }),
    md5: res.headers.get("content-md5") ?? undefined,
  };
}

/** One JSON-patch operation of Glance's PATCH /images/{id}. */
export interface PatchOp {
  op: "add" | "replace" | "remove";
  path: string;
  value?: unknown;
}

/** PATCH /images/{id} with openstacksdk's JSON-patch media type. */
export async function patchImage(
  image: ServiceClient,
  id: string,
  ops: PatchOp[],
): Promise<Image> {
  const res = await image.request(`/images/${encodeURIComponent(id)}`, {
    method: "PATCH",
    json: ops,
    contentType: "application/openstack-images-v2.1-json-patch",
    headers: { Accept: "" },
  });
  return res.body as Image;
}

/** POST /images/{id}/actions/deactivate | reactivate. */
export async function imageAction(
  image: ServiceClient,
  id: string,
  action: "deactivate" | "reactivate",
): Promise<void> {
  await image.request(`/images/${encodeURIComponent(id)}/actions/${action}`, {
    method: "POST",
    headers: { Accept: null },
  });
}

/** DELETE /images/{id}/tags/{tag}. */
export async function removeImageTag(image: ServiceClient, id: string, tag: string): Promise<void> {
  await image.request(`/images/${encodeURIComponent(id)}/tags/${encodeURIComponent(tag)}`, {
    method: "DELETE",
    headers: { Accept: null },
  });
}

export interface ImageMember {
  image_id: string;
  member_id: string;
  status: string;
  [key: string]: unknown;
}

const membersPath = (id: string) => `/images/${encodeURIComponent(id)}/members`;

export async function listImageMembers(image: ServiceClient, id: string): Promise<ImageMember[]> {
  return (await image.get<{ members: ImageMember[] }>(membersPath(id))).members;
}

export async function addImageMember(
  image: ServiceClient,
  id: string,
  member: string,
): Promise<ImageMember> {
  return (await image.request(membersPath(id), {
    method: "POST",
    json: { member },
    headers: { Accept: null },
  }))
    .body as ImageMember;
}

export async function updateImageMember(
  image: ServiceClient,
  id: string,
  member: string,
  status: string,
): Promise<ImageMember> {
  return (await image.request(`${membersPath(id)}/${encodeURIComponent(member)}`, {
    method: "PUT",
    json: { status },
    headers: { Accept: null },
  })).body as ImageMember;
}

export async function removeImageMember(
  image: ServiceClient,
  id: string,
  member: string,
): Promise<void> {
  await image.request(`${membersPath(id)}/${encodeURIComponent(member)}`, {
    method: "DELETE",
    headers: { Accept: null },
  });
}

/** POST /images, with the import methods Glance offers for it (OpenStack-image-import-methods). */
export async function createImageRecord(
  image: ServiceClient,
  body: Record<string, unknown>,
): Promise<{ image: Image; importMethods: string[] }> {
  const res = await image.request("/images", {
    method: "POST",
    json: body,
    headers: { Accept: null },
  });
  const methods = res.headers.get("openstack-image-import-methods");
  return { image: res.body as Image, importMethods: methods ? methods.split(",") : [] };
}

/** PUT /images/{id}/stage: the data for a glance-direct import. */
export async function stageImageData(
  image: ServiceClient,
  id: string,
  data: Uint8Array<ArrayBuffer> | Blob | ReadableStream<Uint8Array<ArrayBuffer>>,
): Promise<void> {
  await image.request(`/images/${encodeURIComponent(id)}/stage`, {
    method: "PUT",
    body: data,
    headers: { Accept: "" },
  });
}

/** POST /images/{id}/import with the given method. */
export async function importImage(image: ServiceClient, id: string, method: string): Promise<void> {
  await image.request(`/images/${encodeURIComponent(id)}/import`, {
    method: "POST",
    json: { method: { name: method } },
    headers: { Accept: null },
  });
}
