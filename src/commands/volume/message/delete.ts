import { defineCommand } from "../../../cli/command.ts";
import { deleteMessage } from "../../../api/volume/messages.ts";
import { deleteEach } from "../../../kit/bulk.ts";
import { requireCommandVersion } from "../../../kit/versions.ts";

export default defineCommand({
  summary: "Delete volume failure messages",
  flags: {},
  positionals: [{
    name: "messageIds",
    metavar: "<message-id>",
    help: "Messages to delete (ID)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommandVersion(svc, "3.3", "volume message delete");
    await deleteEach(
      ctx,
      "message",
      positionals.messageIds as string[],
      (id) => deleteMessage(svc, id),
      // python logs the ID only, not why
      () => "",
      (item) => `Failed to delete message: ${item}`,
      (failed, total) => `Failed to delete ${failed} of ${total} messages.`,
    );
  },
});
