import { defineCommand } from "../../../cli/command.ts";
import { deleteEach, sdkError } from "../../../kit/bulk.ts";
import { deleteItem } from "../../../kit/resource.ts";
import { serverGroup } from "../../../resources/compute/server_group.ts";
import { findServerGroup } from "./_find.ts";

export default defineCommand({
  summary: "Delete server groups",
  flags: {},
  positionals: [{
    name: "serverGroup",
    metavar: "<server-group>",
    help: "Server groups to delete (names or IDs)",
    arity: "many",
  }],
  async run({ positionals }, ctx) {
    const compute = await ctx.service("compute");
    // python logs each failure as the exception's text alone
    await deleteEach(
      ctx,
      "server group",
      positionals.serverGroup as string[],
      async (nameOrId) => {
        const group = await findServerGroup(compute, nameOrId, "id");
        await deleteItem(compute, serverGroup, group.id);
      },
      sdkError,
      (_, why) => why,
    );
  },
});
