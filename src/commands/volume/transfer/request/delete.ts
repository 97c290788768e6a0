import { defineCommand } from "../../../../cli/command.ts";
import { deleteTransfer, findTransfer } from "../../../../api/volume/transfers.ts";
import { deleteEach, plainError } from "../../../../kit/bulk.ts";

export default defineCommand({
  summary: "Delete volume transfer requests",
  flags: {},
  positionals: [{
    name: "transferRequest",
    metavar: "<transfer-request>",
    help: "Transfer requests to delete (name or ID)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    await deleteEach(
      ctx,
      "volume transfer request",
      positionals.transferRequest as string[],
      async (nameOrId) => await deleteTransfer(svc, (await findTransfer(svc, nameOrId)).id),
      plainError,
      undefined,
      // sic: python's closing line has no full stop
      (failed, total) => `${failed} of ${total} volume transfer requests failed to delete`,
    );
  },
});
