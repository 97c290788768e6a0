import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { patchImage, type PatchOp, removeImageTag, sdkFindImage } from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { imageApiKey, isImageKey, unknownProperties } from "./_image.ts";

export default defineCommand({
  summary: "Unset image tags and properties",
  flags: {
    tag: flag.list({ metavar: "<tag>", help: "Tag to remove (repeatable)" }),
    property: flag.list({ metavar: "<property-key>", help: "Property to remove (repeatable)" }),
  },
  positionals: [{ name: "image", metavar: "<image>", help: "Image to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    let tagFailed = 0;
    for (const tag of f.tag) {
      try {
        await removeImageTag(image, found.id, tag);
      } catch (e) {
        if (ctx.signal?.aborted) throw e;
        await ctx.stderr.write(`tag unset failed, '${tag}' is a nonexistent tag \n`);
        tagFailed++;
      }
    }
    let propFailed = 0;
    if (f.property.length) {
      const extra = unknownProperties(found);
      const removed = new Set<string>();
      for (const key of f.property) {
        if (isImageKey(key)) {
          // delattr: a change only when the image has a value there
          const apiKey = imageApiKey(key);
          if (apiKey in found) removed.add(apiKey);
        } else if (key in extra) {
          removed.add(key);
        } else {
          await ctx.stderr.write(`property unset failed, '${key}' is a nonexistent property \n`);
          propFailed++;
        }
      }
      if (removed.size) {
        const ops: PatchOp[] = [...removed].sort().map((k) => ({ op: "remove", path: `/${k}` }));
        await sdkCall(patchImage(image, found.id, ops));
      }
    }
    const tags = `Failed to unset ${tagFailed} of ${f.tag.length} tags.`;
    const props = `Failed to unset ${propFailed} of ${f.property.length} properties.`;
    if (tagFailed && propFailed) throw new OscError(`${tags.slice(0, -1)},${props}`);
    if (tagFailed) throw new OscError(tags);
    if (propFailed) throw new OscError(props);
  },
});
