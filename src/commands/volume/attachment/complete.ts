import { defineCommand } from "../../../cli/command.ts";
import { attachmentPath, requireCommand } from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "Mark a volume attachment complete",
  flags: {},
  positionals: [{ name: "attachment", metavar: "<attachment>", help: "Attachment (ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.44", "volume attachment complete");
    await svc.request(attachmentPath(positionals.attachment as string, "/action"), {
      method: "POST",
      json: { "os-complete": null },
      expectJson: false,
    });
  },
});
