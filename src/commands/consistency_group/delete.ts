import { defineCommand } from "../../cli/command.ts";
import { flag } from "../../cli/flags.ts";
import { findConsistencyGroup } from "../../api/volume/volumes.ts";
import { deleteEach, plainError } from "../../kit/bulk.ts";
import { deleteGroup } from "../../resources/volume/consistency_group.ts";

export default defineCommand({
  summary: "Delete consistency groups",
  flags: {
    force: flag.boolean({ help: "Delete them whatever their state" }),
  },
  positionals: [{
    name: "groups",
    metavar: "<consistency-group>",
    help: "Consistency groups to delete (name or ID)",
    arity: "many",
  }],
  async run({ flags: f, positionals }, ctx) {
    const svc = await ctx.service("block-storage");
    await deleteEach(
      ctx,
      "consistency group",
      positionals.groups as string[],
      async (nameOrId) => {
        await deleteGroup(svc, (await findConsistencyGroup(svc, nameOrId)).id, f.force);
      },
      plainError,
      (item, why) => `Failed to delete consistency group with name or ID '${item}':${why}`,
    );
  },
});
