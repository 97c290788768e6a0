import { defineCommand } from "../../../cli/command.ts";
import { attachmentPath, requireCommand } from "../../../resources/volume/attachment.ts";

export default defineCommand({
  summary: "Delete a volume attachment record (Cinder only; no hypervisor detach)",
  flags: {},
  positionals: [{ name: "attachment", metavar: "<attachment>", help: "Attachment (ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommand(svc, "3.27", "volume attachment delete");
    await svc.request(attachmentPath(positionals.attachment as string), {
      method: "DELETE",
      expectJson: false,
    });
  },
});
