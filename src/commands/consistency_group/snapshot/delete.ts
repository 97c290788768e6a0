import { defineCommand } from "../../../cli/command.ts";
import { deleteEach, plainError } from "../../../kit/bulk.ts";
import { deleteCgsnapshot, findCgsnapshot } from "../../../resources/volume/cgsnapshot.ts";

export default defineCommand({
  summary: "Delete consistency group snapshots",
  flags: {},
  positionals: [{
    name: "snapshots",
    metavar: "<consistency-group-snapshot>",
    help: "Consistency group snapshots to delete (name or ID)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    await deleteEach(
      ctx,
      "consistency group snapshot",
      positionals.snapshots as string[],
      async (nameOrId) => await deleteCgsnapshot(svc, (await findCgsnapshot(svc, nameOrId)).id),
      plainError,
    );
  },
});
