/** server create --image-property: the image whose attributes or properties match. */
import { type Image, listImages } from "../../api/image/images.ts";
import type { ServiceClient } from "../../http/service.ts";
import { OscError } from "../../errors.ts";
import { pyRepr } from "../../output/pyrepr.ts";
import { imageAttr, isImageAttr, unknownProperties } from "../image/_image.ts";

const hashable = (v: unknown) => typeof v !== "object" || v === null;

/**
 * python's _match_image: openstacksdk's attributes (typed: min_disk is an
 * int, so "0" never matches it) overlaid with the image's own properties;
 * lists and dicts are skipped. Values given on the command line are text.
 */
function matches(img: Image, wanted: Readonly<Record<string, string>>): boolean {
  const props = unknownProperties(img);
  return Object.entries(wanted).every(([k, v]) => {
    let have: unknown;
    if (Object.hasOwn(props, k) && hashable(props[k])) have = props[k];
    else if (isImageAttr(k)) have = imageAttr(img, k);
    return typeof have === "string" && have === v;
  });
}

/**
 * Every image is read (python's image_client.images()) and the first match
 * used. Several matches make python 6.0 crash (a TypeError in its own
 * warning); here the warning it meant to give is printed.
 */
export async function imageByProperties(
  image: ServiceClient,
  wanted: Readonly<Record<string, string>>,
  warn: (text: string) => Promise<void>,
): Promise<Image> {
  const found = (await listImages(image, {})).filter((img) => matches(img, wanted));
  if (!found.length) {
    throw new OscError("No images match the property expected by --image-property");
  }
  if (found.length > 1) {
    const ids = found.map((i) => pyRepr(String(i.id))).join(", ");
    await warn(`Multiple matching images: [${ids}]\nUsing image: ${found[0].id}\n`);
  }
  return found[0];
}
