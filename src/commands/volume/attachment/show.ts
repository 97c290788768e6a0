import { defineCommand } from "../../../cli/command.ts";
import {
  attachmentShow,
  getAttachment,
  requireCommand,
} from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "Show a volume attachment",
  output: "show",
  flags: {},
  positionals: [{ name: "attachment", metavar: "<attachment>", help: "Attachment (ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.27", "volume attachment show");
    return attachmentShow(await getAttachment(svc, positionals.attachment as string));
  },
});
