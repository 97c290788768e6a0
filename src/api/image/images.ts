/** Glance v2 images. */
import type { ServiceClient } from "../../http/service.ts";
import { findResource, unless404 } from "../find.ts";

export interface Image {
  id: string;
  name: string | null;
  [key: string]: unknown;
}

export async function getImage(image: ServiceClient, id: string): Promise<Image> {
  return await image.get<Image>(`/images/${encodeURIComponent(id)}`);
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
