import { defineCommand } from "../../../../cli/command.ts";
import { findTransfer } from "../../../../api/volume/transfers.ts";
import { transferShow } from "./_transfer.ts";

export default defineCommand({
  summary: "Show a volume transfer request",
  output: "show",
  flags: {},
  positionals: [{
    name: "transferRequest",
    metavar: "<transfer-request>",
    help: "Transfer request (name or ID)",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    return transferShow(await findTransfer(svc, positionals.transferRequest as string));
  },
});
