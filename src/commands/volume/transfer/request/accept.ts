import { defineCommand } from "../../../../cli/command.ts";
import { flag } from "../../../../cli/flags.ts";
import { OscError } from "../../../../errors.ts";
import { acceptTransfer, findTransfer } from "../../../../api/volume/transfers.ts";
import { transferShow } from "./_transfer.ts";

export default defineCommand({
  summary: "Take over a volume offered by another project",
  output: "show",
  flags: {
    authKey: flag.string({ metavar: "<key>", required: true, help: "The request's key" }),
  },
  positionals: [{
    name: "transferRequest",
    metavar: "<transfer-request-id>",
    help: "Transfer request to accept (ID)",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    const given = positionals.transferRequest as string;
    let id = given;
    try {
      id = (await findTransfer(svc, given)).id;
    } catch (e) {
      // another project's request is not found by its receiver: python goes on with the ID given
      if (!(e instanceof OscError) || "status" in e) throw e;
    }
    return transferShow(await acceptTransfer(svc, id, f.authKey!));
  },
});
