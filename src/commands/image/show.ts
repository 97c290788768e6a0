import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { sdkFindImage } from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { imageShow } from "./_image.ts";

export default defineCommand({
  summary: "Display image details",
  output: "show",
  flags: {
    humanReadable: flag.boolean({
      help: "Show the size with a unit (1000-based, e.g. 1.5G), not bytes",
    }),
  },
  positionals: [{ name: "image", metavar: "<image>", help: "Image to show (name or ID)" }],
  async run({ flags, positionals }, ctx) {
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    return imageShow(found, flags.humanReadable);
  },
});
