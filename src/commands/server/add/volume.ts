import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { sdkCall } from "../../../api/sdk.ts";
import { sdkFindServer } from "../../../api/compute/servers.ts";
import { sdkFindVolume } from "../../../api/volume/volumes.ts";
import { createVolumeAttachment } from "../../../api/compute/attachments.ts";
import { supports } from "../../../kit/versions.ts";
import type { Cell } from "../../../output/types.ts";
import { attachmentVersion, checkTag } from "../_attach.ts";

function needs279(compute: Parameters<typeof supports>[0], option: string) {
  if (!supports(compute, "2.79")) {
    throw new OscError(
      `--os-compute-api-version 2.79 or greater is required to support the ${option} option.`,
    );
  }
}

export default defineCommand({
  summary: "Attach a volume to a server",
  output: "show",
  flags: {
    device: flag.string({ metavar: "<device>", help: "Device name in the guest (/dev/vdb)" }),
    tag: flag.string({ metavar: "<tag>", help: "Tag for the attachment (compute API 2.49+)" }),
    enableDeleteOnTermination: flag.boolean({
      group: "termination",
      help: "Delete the volume with the server (compute API 2.79+)",
    }),
    disableDeleteOnTermination: flag.boolean({
      group: "termination",
      help: "Keep the volume when the server is deleted (compute API 2.79+)",
    }),
  },
  positionals: [
    { name: "server", metavar: "<server>", help: "Server (name or ID)" },
    { name: "volume", metavar: "<volume>", help: "Volume (name or ID)" },
  ],
  async run({ flags: f, positionals: p }, ctx) {
    const compute = await ctx.service("compute");
    return await sdkCall((async () => {
      const server = await sdkFindServer(compute, p.server as string);
      const volume = await sdkFindVolume(await ctx.service("block-storage"), p.volume as string);
      // openstacksdk sends the device even when none is given (null)
      const body: Record<string, unknown> = { volumeId: volume.id, device: f.device ?? null };
      checkTag(compute, f.tag);
      if (f.tag) body.tag = f.tag;
      if (f.enableDeleteOnTermination) {
        needs279(compute, "--enable-delete-on-termination");
        body.delete_on_termination = true;
      }
      if (f.disableDeleteOnTermination) {
        needs279(compute, "--disable-delete-on-termination");
        body.delete_on_termination = false;
      }
      const a = await createVolumeAttachment(
        compute,
        attachmentVersion(ctx, compute),
        server.id,
        body,
      );
      const fields = ["ID", "Server ID", "Volume ID", "Device"];
      // the server's ID is the one in the URL, whatever the answer says
      const values: Cell[] = [
        (a.id ?? null) as Cell,
        server.id,
        (a.volumeId ?? null) as Cell,
        (a.device ?? null) as Cell,
      ];
      if (supports(compute, "2.49")) {
        fields.push("Tag");
        // openstacksdk keeps what it sent where the answer is silent (no tag before 2.70)
        values.push((a.tag ?? body.tag ?? null) as Cell);
      }
      if (supports(compute, "2.79")) {
        fields.push("Delete On Termination");
        values.push((a.delete_on_termination ?? body.delete_on_termination ?? null) as Cell);
      }
      return { kind: "show" as const, fields, values };
    })());
  },
});
