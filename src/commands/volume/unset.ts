import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { findVolume, volumeAction } from "../../api/volume/volumes.ts";
import { deleteVolumeMetadata } from "../../api/volume/metadata.ts";
import { failureSteps } from "../../kit/steps.ts";

export default defineCommand({
  summary: "Remove properties or image properties from a volume",
  flags: {
    property: flag.list({ metavar: "<key>", help: "Property to remove (repeatable)" }),
    imageProperty: flag.list({ metavar: "<key>", help: "Image property to remove (repeatable)" }),
  },
  positionals: [{ name: "volume", metavar: "<volume>", help: "Volume to change (name or ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const id = (await findVolume(svc, positionals.volume as string)).id;
    const steps = failureSteps(ctx);
    if (f.property.length) {
      await steps.step(
        "Failed to unset volume property",
        () => deleteVolumeMetadata(svc, id, f.property),
      );
    }
    if (f.imageProperty.length) {
      // one action per key; the first failure stops the rest
      await steps.step("Failed to unset image property", async () => {
        for (const key of f.imageProperty) {
          await volumeAction(svc, id, "os-unset_image_metadata", { key });
        }
      });
    }
    steps.finish("One or more of the unset operations failed");
  },
});
