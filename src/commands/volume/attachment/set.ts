import { defineCommand } from "../../../cli/command.ts";
import { objectIn } from "../../../http/errors.ts";
import {
  attachmentPath,
  attachmentShow,
  connector,
  requireCommand,
} from "../../../resources/volume/attachment.ts";
import { connectorFlags } from "./_flags.ts";

export default defineCommand({
  summary: "Give a volume attachment its connector (completes a reservation)",
  output: "show",
  flags: connectorFlags,
  positionals: [{ name: "attachment", metavar: "<attachment>", help: "Attachment (ID)" }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.27", "volume attachment set");
    const conn = connector({ ...f, multipath: f.multipath && !f.noMultipath });
    const res = await svc.request(attachmentPath(positionals.attachment as string), {
      method: "PUT",
      json: { attachment: { connector: conn } },
    });
    return attachmentShow(objectIn(res.body, "attachment", svc.type));
  },
});
