import { defineCommand } from "../../cli/command.ts";
import { findVolume } from "../../api/volume/volumes.ts";
import { volumeShow } from "./_volume.ts";

export default defineCommand({
  summary: "Display volume details",
  output: "show",
  flags: {},
  positionals: [{ name: "volume", metavar: "<volume>", help: "Volume to show (name or ID)" }],
  async run({ positionals }, ctx) {
    const volume = await ctx.service("block-storage");
    return volumeShow(await findVolume(volume, positionals.volume as string));
  },
});
