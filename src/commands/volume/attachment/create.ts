import { defineCommand } from "../../../cli/command.ts";
import { flag } from "../../../cli/flags.ts";
import { OscError } from "../../../errors.ts";
import { objectIn } from "../../../http/errors.ts";
import { findVolume } from "../../../api/volume/volumes.ts";
import { findServer } from "../../../api/compute/servers.ts";
import { requireVersion } from "../../../kit/versions.ts";
import { attachmentShow, connector, requireCommand } from "../../../resources/volume/attachment.ts";
import { connectorFlags } from "./_flags.ts";

export default defineCommand({
  summary: "Create a volume attachment record (Cinder only; no hypervisor attach)",
  output: "show",
  flags: {
    connect: flag.boolean({ help: "Connect the volume now (give the connector options)" }),
    noConnect: flag.boolean({ help: "Reserve the volume without connecting it (the default)" }),
    ...connectorFlags,
    mode: flag.string({
      metavar: "<mode>",
      help: "Attach mode: rw or ro (volume API 3.54 or later)",
    }),
  },
  positionals: [
    { name: "volume", metavar: "<volume>", help: "Volume to attach (name or ID)" },
    { name: "server", metavar: "<server>", help: "Server to attach it to (name or ID)" },
  ],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.27", "volume attachment create");
    if (f.mode) requireVersion(svc, "3.54", "the '--mode' option");
    const multipath = f.multipath && !f.noMultipath;
    const connect = f.connect && !f.noConnect;
    let conn: Record<string, unknown> = {};
    if (connect) conn = connector({ ...f, multipath });
    else if (f.initiator || f.ip || f.platform || f.host || multipath || f.mountpoint) {
      throw new OscError(
        "You must specify the --connect option for any of the connection-specific options such as --initiator to be valid",
      );
    }
    const volume = await findVolume(svc, positionals.volume as string);
    const server = await findServer(await ctx.service("compute"), positionals.server as string);
    const attachment: Record<string, unknown> = {
      volume_uuid: volume.id,
      connector: conn,
      instance_uuid: server.id,
    };
    if (f.mode && f.mode !== "null") attachment.mode = f.mode;
    const res = await svc.request("/attachments", { method: "POST", json: { attachment } });
    return attachmentShow(objectIn(res.body, "attachment", svc.type));
  },
});
