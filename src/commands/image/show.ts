import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { sdkFindImage } from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { imageShow } from "./_image.ts";

export default defineCommand({
  summary: "Display image details",
  output: "show",
  flags: {
    humanReadable: flag.boolean({ help: "Print image size in a human-friendly format." }),
  },
  positionals: [{ name: "image", metavar: "<image>", help: "Image to display (name or ID)" }],
  async run({ flags, positionals }, ctx) {
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    return imageShow(found, flags.humanReadable);
  },
});
