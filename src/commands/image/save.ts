import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { OscError } from "../../errors.ts";
import { downloadImageData, getImage, sdkFindImage } from "../../api/image/images.ts";
import { sdkCall } from "../../api/sdk.ts";
import { saveDownload } from "../../kit/binary.ts";
import { Md5 } from "../../kit/md5.ts";

export default defineCommand({
  summary: "Save an image's data to a file or stdout",
  flags: {
    file: flag.string({ metavar: "<filename>", help: "File to write (default: stdout)" }),
  },
  positionals: [{ name: "image", metavar: "<image>", help: "Image to save (name or ID)" }],
  async run({ flags, positionals }, ctx) {
    const image = await ctx.service("image");
    const found = await sdkCall(sdkFindImage(image, positionals.image as string));
    const { data, md5 } = await sdkCall(downloadImageData(image, found.id));
    // openstacksdk checks the data against Content-MD5, else the image's checksum
    const expected = md5 ?? (await sdkCall(getImage(image, found.id))).checksum;
    const sum = new Md5();
    try {
      await saveDownload(ctx, data, flags.file, (chunk) => sum.update(chunk));
    } catch (e) {
      if (ctx.signal?.aborted || !(e instanceof Error)) throw e;
      throw new OscError(`Unable to download image: ${e.message}`);
    }
    const got = sum.hex();
    if (typeof expected === "string" && expected && expected !== got) {
      throw new OscError(`Unable to download image: checksum mismatch: ${expected} != ${got}`);
    }
  },
});
