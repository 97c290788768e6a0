import { defineCommand } from "../../cli/command.ts";
import { deleteImage, sdkFindImage } from "../../api/image/images.ts";
import { deleteEach } from "../../kit/bulk.ts";

export default defineCommand({
  summary: "Delete image(s)",
  flags: {},
  positionals: [{
    name: "images",
    metavar: "<image>",
    help: "Images to delete (names or IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const image = await ctx.service("image");
    await deleteEach(
      ctx,
      "image",
      positionals.images as string[],
      async (nameOrId) => await deleteImage(image, (await sdkFindImage(image, nameOrId)).id),
      undefined,
      undefined,
      (failed, total) => `Failed to delete ${failed} of ${total} images.`,
    );
  },
});
