import { defineCommand } from "../../../cli/command.ts";
import { getMessage } from "../../../api/volume/messages.ts";
import { bodyShowResult } from "../../../kit/attrs.ts";
import { requireCommandVersion } from "../../../kit/versions.ts";

export default defineCommand({
  summary: "Show a volume failure message",
  output: "show",
  flags: {},
  positionals: [{ name: "messageId", metavar: "<message-id>", help: "Message (ID)" }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    requireCommandVersion(svc, "3.3", "volume message show");
    // every key of the answer, links too
    return bodyShowResult(await getMessage(svc, positionals.messageId as string));
  },
});
