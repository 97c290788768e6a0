import { defineCommand } from "../../../cli/command.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import { sdkFindVolume } from "../../../api/volume/volumes.ts";
import { deleteVolumeAttachment } from "../../../api/compute/attachments.ts";
import { attachmentVersion } from "../_attach.ts";

export default defineCommand({
  summary: "Detach a volume from a server",
  flags: {},
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "volume", metavar: "<volume>", help: "Volume (name or ID)" },
  ],
  async run({ positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    await sdkCall((async () => {
      const server = await sdkFindServer(compute, p.server as string);
      const volume = await sdkFindVolume(await ctx.service("block-storage"), p.volume as string);
      await deleteVolumeAttachment(compute, attachmentVersion(ctx, compute), server.id, volume.id);
    })());
  },
});
